using System.Text.Json;
using System.Text.Json.Serialization;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Notices;

/// <summary>A whole repository version as JSON, kept with each publish so the next one can be compared with it.</summary>
internal static class FactSnapshot
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Serialize(FactRepository repository) =>
        JsonSerializer.Serialize(new Document(repository.Version, [.. repository.Articles], [.. repository.Facts]), JsonOptions);

    public static FactRepository Deserialize(string json)
    {
        var document = JsonSerializer.Deserialize<Document>(json, JsonOptions)
            ?? throw new JsonException("The published snapshot is empty.");
        return new FactRepository(document.Articles, document.Facts, document.Version);
    }

    private sealed record Document(string Version, List<Article> Articles, List<Fact> Facts);
}
