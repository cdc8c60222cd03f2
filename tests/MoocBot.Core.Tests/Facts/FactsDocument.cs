using System.Text.Json.Nodes;

namespace MoocBot.Core.Tests.Facts;

/// <summary>Writes small facts documents in the repository's format (topics, articles, reports, measures) for tests.</summary>
internal static class FactsDocument
{
    public static readonly string[] StandardTopics = ["national", "platform", "west", "international", "source"];

    public static string Create(string[] articleIds, JsonObject[] measures, JsonObject[]? reports = null, string[]? topics = null) =>
        new JsonObject
        {
            ["topics"] = new JsonArray([.. (topics ?? StandardTopics).Select(t => (JsonNode)new JsonObject { ["id"] = t, ["label"] = t, ["description"] = "figures on " + t })]),
            ["articles"] = new JsonArray([.. articleIds.Select(id => (JsonNode)new JsonObject { ["id"] = id, ["path"] = id + ".txt" })]),
            ["reports"] = new JsonArray([.. (reports ?? []).Select(r => (JsonNode)r)]),
            ["measures"] = new JsonArray([.. measures.Select(m => (JsonNode)m)]),
        }.ToJsonString();

    public static JsonObject Measure(string id, string topic, string unit, string[]? aliases, string counts, params JsonObject[] observations) => new()
    {
        ["id"] = id,
        ["topic"] = topic,
        ["counts"] = counts,
        ["unit"] = unit,
        ["aliases"] = new JsonArray([.. (aliases ?? []).Select(a => (JsonNode)JsonValue.Create(a))]),
        ["observations"] = new JsonArray([.. observations.Select(o => (JsonNode)o)]),
    };

    public static JsonObject Quoted(decimal? value, string qualifier, string display, string asOf, string article, string quote) => new()
    {
        ["value"] = value is { } v ? JsonValue.Create(v) : null,
        ["qualifier"] = qualifier,
        ["display"] = display,
        ["asOf"] = asOf,
        ["article"] = article,
        ["quote"] = quote,
    };

    public static JsonObject Cited(decimal value, string qualifier, string asOf, string report, string statement, string? display = null)
    {
        var observation = new JsonObject
        {
            ["value"] = value,
            ["qualifier"] = qualifier,
            ["asOf"] = asOf,
            ["report"] = report,
            ["statement"] = statement,
        };
        if (display is not null)
        {
            observation["display"] = display;
        }

        return observation;
    }

    public static JsonObject Report(string id, string publisher, string published, string? url = null) => new()
    {
        ["id"] = id,
        ["publisher"] = publisher,
        ["published"] = published,
        ["url"] = url,
    };
}
