using System.Buffers;
using System.Runtime.InteropServices;
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

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>
    /// Reads a webhook body: the update, its id and why it cannot be read, as <see cref="Read(JsonElement, out int?, out string?)"/>
    /// says. The body is read into a pooled buffer and the update straight from its bytes, with no document in between.
    /// </summary>
    /// <exception cref="JsonException">The body is not JSON.</exception>
    public static async Task<(Update? Update, int? UpdateId, string? Error)> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(4096);
        try
        {
            var length = 0;
            while (true)
            {
                if (length == buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                    buffer.AsSpan(0, length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(buffer);
                    buffer = larger;
                }

                var read = await body.ReadAsync(buffer.AsMemory(length), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                length += read;
            }

            // A UTF-8 byte order mark is skipped, as a JsonDocument skips it.
            var json = buffer.AsSpan(0, length);
            var update = Read(json.StartsWith(Utf8Bom) ? json[Utf8Bom.Length..] : json, out var updateId, out var error);
            return (update, updateId, error);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// The update in <paramref name="element"/>, or null with <paramref name="error"/> saying why it cannot be read.
    /// <paramref name="updateId"/> is read on its own, so a skipped update can still be confirmed; null when it is missing.
    /// </summary>
    public static Update? Read(JsonElement element, out int? updateId, out string? error) =>
        Read(JsonMarshal.GetRawUtf8Value(element), out updateId, out error);

    /// <summary>As <see cref="Read(JsonElement, out int?, out string?)"/>, from the JSON's bytes.</summary>
    /// <exception cref="JsonException"><paramref name="json"/> is not JSON.</exception>
    private static Update? Read(ReadOnlySpan<byte> json, out int? updateId, out string? error)
    {
        updateId = FindUpdateId(json);
        if (updateId is null)
        {
            error = "it has no update_id";
            return null;
        }

        try
        {
            var update = JsonSerializer.Deserialize(json, UpdateJson);
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

    /// <summary>
    /// The top-level "update_id" when it is a 32-bit integer (the last one, as a document would read it), else null; reads
    /// the whole of <paramref name="json"/>, so JSON that is broken anywhere throws.
    /// </summary>
    private static int? FindUpdateId(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        int? updateId = null;
        var isObject = reader.Read() && reader.TokenType == JsonTokenType.StartObject;
        while (reader.Read())
        {
            if (isObject && reader.CurrentDepth == 1 && reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("update_id"u8))
            {
                reader.Read();
                updateId = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out var value) ? value : null;
            }
        }

        return updateId;
    }

    private static JsonTypeInfo<Update> CreateUpdateJson()
    {
        var options = new JsonSerializerOptions(JsonBotAPI.Options) { TypeInfoResolver = JsonBotSerializerContext.Default };
        options.MakeReadOnly();
        return (JsonTypeInfo<Update>)options.GetTypeInfo(typeof(Update));
    }
}
