using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace MoocBot.Telegram.Receiving;

/// <summary>Reads one update at a time, so an update Telegram.Bot cannot read is skipped alone instead of stopping the rest.</summary>
internal static class TelegramUpdateReader
{
    /// <summary>
    /// <see cref="Update"/> through Telegram.Bot's source-generated context, with its converters: no reflection.
    /// <see cref="JsonBotAPI.Options"/> alone names that context only where reflection is off (native AOT); under the
    /// JIT it has no resolver until Telegram.Bot's first request makes it fall back on reflection, so an update read
    /// before any request (a benchmark, a webhook call racing start-up) could not be read at all.
    /// </summary>
    private static readonly JsonTypeInfo<Update> UpdateJson = CreateUpdateJson();

    /// <summary>
    /// Reads a webhook body: the update, its id and why it cannot be read, as <see cref="Read"/> says. The update is
    /// read from the parsed document in place, without copying the document first.
    /// </summary>
    /// <exception cref="JsonException">The body is not JSON.</exception>
    public static async Task<(Update? Update, int? UpdateId, string? Error)> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        using var document = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
        var update = Read(document.RootElement, out var updateId, out var error);
        return (update, updateId, error);
    }

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

    private static JsonTypeInfo<Update> CreateUpdateJson()
    {
        var options = new JsonSerializerOptions(JsonBotAPI.Options) { TypeInfoResolver = JsonBotSerializerContext.Default };
        options.MakeReadOnly();
        return (JsonTypeInfo<Update>)options.GetTypeInfo(typeof(Update));
    }
}
