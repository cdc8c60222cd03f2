using System.Text.Json;

namespace MoocBot.Core.Facts;

/// <summary>
/// The shapes of <c>data/facts.json</c> and of a published snapshot, read and written through the source-generated
/// <see cref="FactsJsonContext"/> (no reflection, so start-up stays fast and Native AOT works).
/// </summary>
internal static class FactsJson
{
    /// <summary>Reads a facts document; throws <see cref="JsonException"/> when it does not parse.</summary>
    public static Document? ReadDocument(string json) => JsonSerializer.Deserialize(json, FactsJsonContext.Default.Document);

    /// <summary>Reads a snapshot; throws <see cref="JsonException"/> when it does not parse.</summary>
    public static Snapshot? ReadSnapshot(string json) => JsonSerializer.Deserialize(json, FactsJsonContext.Default.Snapshot);

    /// <summary>Writes a whole repository version, article texts included, with who published it.</summary>
    public static string WriteSnapshot(FactRepository repository, string? publishedBy)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var snapshot = new Snapshot(
            repository.Version,
            publishedBy,
            [.. repository.Topics.Select(t => new TopicEntry(t.Id, t.Label, t.Description, t.ChineseLabel, t.ChineseDescription, t.IsHeadline ? true : null))],
            [.. repository.Articles.Select(a => new ArticleSnapshot(a.Id, a.Title, a.Publisher, a.Date, a.Reporter, a.DataFrom, a.Url?.OriginalString, a.Body))],
            [.. repository.Reports.Select(r => new ReportEntry(r.Id, r.Title, r.Publisher, r.Published, r.Url?.OriginalString))],
            [.. repository.Measures.Select(ToEntry)],
            Facts: null);
        return JsonSerializer.Serialize(snapshot, FactsJsonContext.Default.Snapshot);
    }

    private static MeasureEntry ToEntry(Measure measure) => new(
        measure.Id,
        measure.Topic,
        measure.Label,
        measure.Counts,
        measure.Unit,
        [.. measure.Aliases],
        measure.Note,
        measure.ChineseLabel,
        measure.ChineseCounts,
        measure.ChineseNote,
        [.. measure.Observations.Select(o => new ObservationEntry(
            o.Value,
            o.Qualifier,
            o.Display,
            o.AsOf,
            (o.Evidence as ArticleQuote)?.ArticleId,
            (o.Evidence as ArticleQuote)?.Quote,
            (o.Evidence as ReportCitation)?.ReportId,
            (o.Evidence as ReportCitation)?.Statement,
            o.Note,
            o.ChineseDisplay,
            o.ChineseNote))]);

    /// <summary><c>data/facts.json</c>; <see cref="Facts"/> is only read to refuse the flat format used before measures.</summary>
    public sealed record Document(List<TopicEntry>? Topics, List<ArticleEntry>? Articles, List<ReportEntry>? Reports, List<MeasureEntry>? Measures, JsonElement? Facts);

    /// <summary>A topic; <c>labelZh</c> and <c>descriptionZh</c> are its Chinese wording, in our words; <c>headline</c> marks the headline topic.</summary>
    public sealed record TopicEntry(string? Id, string? Label, string? Description, string? LabelZh = null, string? DescriptionZh = null, bool? Headline = null);

    public sealed record ArticleEntry(string? Id, string? Path);

    public sealed record ReportEntry(string? Id, string? Title, string? Publisher, string? Published, string? Url);

    /// <summary>A measure; <c>labelZh</c>, <c>countsZh</c> and <c>noteZh</c> are its Chinese wording, in our words.</summary>
    public sealed record MeasureEntry(
        string? Id,
        string? Topic,
        string? Label,
        string? Counts,
        string? Unit,
        List<string>? Aliases,
        string? Note,
        string? LabelZh,
        string? CountsZh,
        string? NoteZh,
        List<ObservationEntry>? Observations);

    /// <summary>
    /// One observation: <c>article</c> and <c>quote</c> for a stored article, or <c>report</c> and <c>statement</c> for a cited
    /// one; <c>displayZh</c> and <c>noteZh</c> are a statement's and a caveat's Chinese wording.
    /// </summary>
    public sealed record ObservationEntry(
        decimal? Value,
        Qualifier Qualifier,
        string? Display,
        string? AsOf,
        string? Article,
        string? Quote,
        string? Report,
        string? Statement,
        string? Note,
        string? DisplayZh,
        string? NoteZh);

    /// <summary>A published version as the notice store keeps it; <see cref="Facts"/> is how versions before measures were kept.</summary>
    public sealed record Snapshot(
        string? Version,
        string? PublishedBy,
        List<TopicEntry>? Topics,
        List<ArticleSnapshot>? Articles,
        List<ReportEntry>? Reports,
        List<MeasureEntry>? Measures,
        List<LegacyFact>? Facts);

    public sealed record ArticleSnapshot(string? Id, string? Title, string? Publisher, DateOnly Date, string? Reporter, string? DataFrom, string? Url, string? Body);

    /// <summary>A fact as snapshots published before measures wrote it: one figure quoting one article.</summary>
    public sealed record LegacyFact(
        string? Id,
        string? Topic,
        string? Counts,
        decimal? Value,
        string? Unit,
        Qualifier Qualifier,
        string? Display,
        string? AsOf,
        string? Quote,
        string? ArticleId,
        List<string>? Aliases,
        string? Note);
}
