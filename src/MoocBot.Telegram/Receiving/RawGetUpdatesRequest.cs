using System.Text.Json;
using System.Text.Json.Serialization;
using Telegram.Bot.Requests;
using Telegram.Bot.Types.Enums;

namespace MoocBot.Telegram.Receiving;

/// <summary>
/// getUpdates answered as raw JSON elements: Telegram.Bot reads the whole array at once, so one update it cannot
/// read (a lone surrogate, a field of the wrong type) would fail the batch and every later poll with it.
/// </summary>
internal sealed class RawGetUpdatesRequest() : RequestBase<JsonElement[]>("getUpdates")
{
    [JsonPropertyName("offset")]
    public int? Offset { get; init; }

    [JsonPropertyName("limit")]
    public int? Limit { get; init; }

    [JsonPropertyName("timeout")]
    public int? Timeout { get; init; }

    [JsonPropertyName("allowed_updates")]
    public IEnumerable<UpdateType>? AllowedUpdates { get; init; }
}
