using System.Text.Json;
using System.Text.Json.Serialization;
using MoocBot.Telegram.Receiving;
using Telegram.Bot.Types;

namespace MoocBot.Telegram;

/// <summary>The Bot API documents MoocBot sends or reads itself, beside Telegram.Bot's own: the raw getUpdates call and its answer.</summary>
[JsonSerializable(typeof(RawGetUpdatesRequest))]
[JsonSerializable(typeof(ApiResponse<JsonElement[]>))]
internal sealed partial class TelegramJsonContext : JsonSerializerContext;
