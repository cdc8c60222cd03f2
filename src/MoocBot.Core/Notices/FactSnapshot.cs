using System.Text.Json;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Notices;

/// <summary>
/// A whole repository version as JSON, kept with each publish so the next one can be compared with it. Snapshots
/// written before measures (a flat list of facts) still read, one measure per fact.
/// </summary>
internal static class FactSnapshot
{
    public static string Serialize(FactRepository repository, string? publishedBy = null) => FactsJson.WriteSnapshot(repository, publishedBy);

    public static FactRepository Deserialize(string json) => Read(json).Repository;

    public static (FactRepository Repository, string? PublishedBy) Read(string json)
    {
        var snapshot = FactsJson.ReadSnapshot(json) ?? throw new JsonException("The published snapshot is empty.");
        var articles = (snapshot.Articles ?? []).Select(a => new Article(
            a.Id ?? string.Empty,
            a.Title ?? string.Empty,
            a.Publisher ?? string.Empty,
            a.Date,
            a.Reporter,
            a.DataFrom,
            a.Url is { } url ? new Uri(url, UriKind.Absolute) : null,
            a.Body ?? string.Empty)).ToList();
        var version = snapshot.Version ?? string.Empty;
        try
        {
            var repository = snapshot.Facts is { } legacy
                ? new FactRepository(articles, [.. legacy.Select(ToFact)], version)
                : FactRepositoryLoader.Build(snapshot.Topics, articles, snapshot.Reports, snapshot.Measures, version, "the published snapshot");
            return (repository, snapshot.PublishedBy);
        }
        catch (FactRepositoryFormatException ex)
        {
            throw new JsonException(ex.Message, ex);
        }
    }

    private static Fact ToFact(FactsJson.LegacyFact fact) => new()
    {
        Id = fact.Id ?? string.Empty,
        Topic = fact.Topic ?? string.Empty,
        Counts = fact.Counts ?? string.Empty,
        Value = fact.Value,
        Unit = fact.Unit ?? string.Empty,
        Qualifier = fact.Qualifier,
        Display = fact.Display ?? string.Empty,
        AsOf = fact.AsOf ?? string.Empty,
        Evidence = new ArticleQuote(fact.ArticleId ?? string.Empty, fact.Quote ?? string.Empty),
        Aliases = fact.Aliases ?? [],
        Note = fact.Note,
    };
}
