using System.Text.Json;
using System.Text.Json.Serialization;
using MoocBot.Telegram.Receiving;
using MoocBot.Telegram.Sending;
using Telegram.Bot.Types;

namespace MoocBot.Telegram;

/// <summary>
/// The Bot API documents MoocBot sends or reads itself, beside Telegram.Bot's own: the raw getUpdates call and its
/// answer, and the answer to a text message as far as it is read.
/// </summary>
[JsonSerializable(typeof(RawGetUpdatesRequest))]
[JsonSerializable(typeof(ApiResponse<JsonElement[]>))]
[JsonSerializable(typeof(ApiResponse<SentMessage>))]
internal sealed partial class TelegramJsonContext : JsonSerializerContext;
