using System.Text.Json.Serialization;

namespace MoocBot.Discord.Models;

[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Interaction))]
[JsonSerializable(typeof(InteractionResponse))]
[JsonSerializable(typeof(DiscordMessagePayload))]
[JsonSerializable(typeof(List<ApplicationCommand>))]
[JsonSerializable(typeof(DiscordError))]
[JsonSerializable(typeof(GatewayMessage))]
[JsonSerializable(typeof(GatewayReady))]
internal sealed partial class DiscordJsonContext : JsonSerializerContext;
