using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace MoocBot.Telegram.Receiving;

/// <summary>Reads one update at a time, so an update Telegram.Bot cannot read is skipped alone instead of stopping the rest.</summary>
internal static class TelegramUpdateReader
{
    /// <summary>Telegram.Bot's options resolve <see cref="Update"/> through its source-generated context: no reflection.</summary>
    private static readonly JsonTypeInfo<Update> UpdateJson = (JsonTypeInfo<Update>)JsonBotAPI.Options.GetTypeInfo(typeof(Update));

    /// <summary>
    /// The update in <paramref name="element"/>, or null with <paramref name="error"/> saying why it cannot be read.
    /// <paramref name="updateId"/> is read on its own, so a skipped update can still be confirmed; null when it is missing.
    /// </summary>
    public static Update? Read(JsonElement element, out int? updateId, out string? error)
    {
        updateId = element.ValueKind == JsonValueKind.Object
            && element.TryGetProperty("update_id", out var id)
            && id.TryGetInt32(out var value) ? value : null;
        if (updateId is null)
        {
            error = "it has no update_id";
            return null;
        }

        try
        {
            var update = element.Deserialize(UpdateJson);
            error = update is null ? "it is null" : null;
            return update;
        }
        catch (Exception ex) when (ex is JsonException or InvalidOperationException or FormatException or ArgumentException or NotSupportedException or OverflowException)
        {
            // The reader's message names the JSON path and position, never the text around it.
            error = ex.Message;
            return null;
        }
    }
}
