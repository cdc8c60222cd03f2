using System.Text.Json;
using System.Text.Json.Serialization;
using MoocBot.Core.Conversations;

namespace MoocBot.Storage;

/// <summary>A notice's reply as stored in the outbox, so every recipient gets exactly what was composed at publish time.</summary>
internal static class ReplyJson
{
    private static readonly StorageJsonContext Json = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters =
        {
            new JsonStringEnumConverter<ReplyBlockKind>(JsonNamingPolicy.CamelCase),
            new JsonStringEnumConverter<SpanStyle>(JsonNamingPolicy.CamelCase),
        },
    });

    public static string Serialize(Reply reply) => JsonSerializer.Serialize(reply, Json.Reply);

    public static Reply Deserialize(string json) =>
        JsonSerializer.Deserialize(json, Json.Reply) ?? throw new JsonException("A stored notice is empty.");
}
