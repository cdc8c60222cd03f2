using System.Text;
using System.Text.Json;

namespace MoocBot.Core.Facts;

/// <summary>
/// Reads <c>data/facts.json</c> (topics, articles, reports and measures), the article files it names and the
/// vocabulary beside it (<c>data/vocabulary.txt</c>; without one, <see cref="Vocabulary.Default"/>).
/// </summary>
public static class FactRepositoryLoader
{
    private const string HeaderEnd = "---";

    /// <summary>Loads the repository from a facts file; article paths are relative to its folder.</summary>
    public static FactRepository Load(string factsPath)
    {
        string json;
        try
        {
            json = File.ReadAllText(factsPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FactRepositoryFormatException($"Cannot read the fact repository '{factsPath}': {ex.Message}", ex);
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(factsPath)) ?? ".";
        var vocabularyPath = Path.Combine(folder, VocabularyParser.FileName);
        string? vocabulary;
        try
        {
            vocabulary = File.Exists(vocabularyPath) ? File.ReadAllText(vocabularyPath) : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new FactRepositoryFormatException($"Cannot read the vocabulary '{vocabularyPath}': {ex.Message}", ex);
        }

        return Parse(json, relativePath => File.ReadAllText(Path.Combine(folder, relativePath)), factsPath, vocabulary);
    }

    /// <summary>
    /// What the facts file and the articles it names hold now, without parsing the facts or checking them:
    /// equal to <see cref="FactRepository.Version"/> when the files load, and another value after any change,
    /// even to files that do not load (missing, unreadable, half written). Cheap enough to poll.
    /// </summary>
    public static string Fingerprint(string factsPath)
    {
        string json;
        try
        {
            json = File.ReadAllText(factsPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "unreadable";
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(factsPath)) ?? ".";
        var articleTexts = new StringBuilder();
        foreach (var path in ArticlePaths(json))
        {
            try
            {
                articleTexts.Append(File.ReadAllText(Path.Combine(folder, path))).Append('\0');
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                articleTexts.Append("\u0001unreadable ").Append(path).Append('\0');
            }
        }

        var vocabularyPath = Path.Combine(folder, VocabularyParser.FileName);
        try
        {
            AppendVocabulary(articleTexts, File.Exists(vocabularyPath) ? File.ReadAllText(vocabularyPath) : null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            articleTexts.Append("\u0001unreadable ").Append(VocabularyParser.FileName);
        }

        return ComputeVersion(json, articleTexts.ToString());
    }

    /// <summary>
    /// Parses a facts document; <paramref name="readArticle"/> reads an article file by its relative path, and
    /// <paramref name="vocabularyText"/> is the vocabulary file's text (null: <see cref="Vocabulary.Default"/>).
    /// </summary>
    public static FactRepository Parse(string json, Func<string, string> readArticle, string sourceName = "facts.json", string? vocabularyText = null)
    {
        ArgumentNullException.ThrowIfNull(readArticle);
        FactsJson.Document document;
        try
        {
            document = FactsJson.ReadDocument(json)
                ?? throw new FactRepositoryFormatException($"{sourceName} is empty.");
        }
        catch (JsonException ex)
        {
            throw new FactRepositoryFormatException($"{sourceName} is not valid: {ex.Message}", ex);
        }

        if (document.Facts is not null)
        {
            throw new FactRepositoryFormatException(
                $"{sourceName} has a flat 'facts' list, the format used before measures: write each figure as a measure with its observations under 'measures', and list 'topics' (see the README's fact repository section).");
        }

        var articles = new List<Article>();
        var articleTexts = new StringBuilder();
        foreach (var entry in document.Articles ?? [])
        {
            if (string.IsNullOrWhiteSpace(entry.Id) || string.IsNullOrWhiteSpace(entry.Path))
            {
                throw new FactRepositoryFormatException($"{sourceName}: every article needs an id and a path.");
            }

            string text;
            try
            {
                text = readArticle(entry.Path);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new FactRepositoryFormatException($"{sourceName}: article '{entry.Id}' cannot be read from '{entry.Path}': {ex.Message}", ex);
            }

            articles.Add(ParseArticle(entry.Id, text));
            articleTexts.Append(text).Append('\0');
        }

        var folder = Path.GetDirectoryName(sourceName);
        var vocabulary = vocabularyText is null
            ? null
            : VocabularyParser.Parse(vocabularyText, string.IsNullOrEmpty(folder) ? VocabularyParser.FileName : Path.Combine(folder, VocabularyParser.FileName));
        AppendVocabulary(articleTexts, vocabularyText);
        return Build(document.Topics, articles, document.Reports, document.Measures, ComputeVersion(json, articleTexts.ToString()), sourceName, vocabulary);
    }

    /// <summary>The vocabulary counts in the version after the articles; a folder without one hashes as it did before vocabularies.</summary>
    private static void AppendVocabulary(StringBuilder texts, string? vocabularyText)
    {
        if (vocabularyText is not null)
        {
            texts.Append('\u0002').Append(VocabularyParser.FileName).Append('\0').Append(vocabularyText);
        }
    }

    /// <summary>Builds a repository from parsed entries; throws <see cref="FactRepositoryFormatException"/> for a missing required field.</summary>
    internal static FactRepository Build(
        List<FactsJson.TopicEntry>? topics,
        IReadOnlyList<Article> articles,
        List<FactsJson.ReportEntry>? reports,
        List<FactsJson.MeasureEntry>? measures,
        string version,
        string sourceName,
        Vocabulary? vocabulary = null)
    {
        return new FactRepository(
            [.. (topics ?? []).Select(t => ToTopic(t, sourceName))],
            articles,
            [.. (reports ?? []).Select(r => ToReport(r, sourceName))],
            [.. (measures ?? []).Select(m => ToMeasure(m, sourceName))],
            version,
            vocabulary);
    }

    /// <summary>Reads an article file: "Key: value" header lines, a "---" line, then the verbatim text.</summary>
    public static Article ParseArticle(string id, string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        var marker = normalized.IndexOf("\n" + HeaderEnd + "\n", StringComparison.Ordinal);
        if (marker < 0)
        {
            throw new FactRepositoryFormatException($"Article '{id}' has no header: it must start with 'Title:', 'Publisher:', 'Date:' lines and a '---' line.");
        }

        var header = normalized[..marker]
            .Split('\n')
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .ToDictionary(parts => parts[0].Trim(), parts => parts[1].Trim(), StringComparer.OrdinalIgnoreCase);
        var body = normalized[(marker + HeaderEnd.Length + 2)..];

        string Required(string key) => header.TryGetValue(key, out var value) && value.Length > 0
            ? value
            : throw new FactRepositoryFormatException($"Article '{id}' has no '{key}:' line in its header.");
        string? Optional(string key) => header.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

        if (!DateOnly.TryParseExact(Required("Date"), "yyyy-MM-dd", out var date))
        {
            throw new FactRepositoryFormatException($"Article '{id}': 'Date:' must be YYYY-MM-DD.");
        }

        Uri? url = null;
        if (Optional("Url") is { } rawUrl && !Uri.TryCreate(rawUrl, UriKind.Absolute, out url))
        {
            throw new FactRepositoryFormatException($"Article '{id}': 'Url:' is not an absolute address.");
        }

        return new Article(id, Required("Title"), Required("Publisher"), date, Optional("Reporter"), Optional("Data-From"), url, body);
    }

    private static Topic ToTopic(FactsJson.TopicEntry entry, string sourceName)
    {
        var id = string.IsNullOrWhiteSpace(entry.Id)
            ? throw new FactRepositoryFormatException($"{sourceName}: a topic has no id.")
            : entry.Id;
        return new Topic(id, Required(entry.Label, $"topic '{id}'", "label", sourceName), Required(entry.Description, $"topic '{id}'", "description", sourceName))
        {
            ChineseLabel = Optional(entry.LabelZh),
            ChineseDescription = Optional(entry.DescriptionZh),
            IsHeadline = entry.Headline == true,
        };
    }

    private static Report ToReport(FactsJson.ReportEntry entry, string sourceName)
    {
        var id = string.IsNullOrWhiteSpace(entry.Id)
            ? throw new FactRepositoryFormatException($"{sourceName}: a report has no id.")
            : entry.Id;
        Uri? url = null;
        if (!string.IsNullOrWhiteSpace(entry.Url) && !Uri.TryCreate(entry.Url, UriKind.Absolute, out url))
        {
            throw new FactRepositoryFormatException($"{sourceName}: report '{id}': 'url' is not an absolute address.");
        }

        return new Report(
            id,
            string.IsNullOrWhiteSpace(entry.Title) ? null : entry.Title,
            Required(entry.Publisher, $"report '{id}'", "publisher", sourceName),
            Required(entry.Published, $"report '{id}'", "published", sourceName),
            url);
    }

    private static Measure ToMeasure(FactsJson.MeasureEntry entry, string sourceName)
    {
        var id = string.IsNullOrWhiteSpace(entry.Id)
            ? throw new FactRepositoryFormatException($"{sourceName}: a measure has no id.")
            : entry.Id;
        var owner = $"measure '{id}'";
        var counts = Required(entry.Counts, owner, "counts", sourceName);
        var unit = Required(entry.Unit, owner, "unit", sourceName);
        if (entry.Observations is not { Count: > 0 } observations)
        {
            throw new FactRepositoryFormatException($"{sourceName}: {owner} has no observations; give at least one value with its evidence.");
        }

        return new Measure
        {
            Id = id,
            Topic = Required(entry.Topic, owner, "topic", sourceName),
            Label = string.IsNullOrWhiteSpace(entry.Label) ? counts : entry.Label,
            Counts = counts,
            Unit = unit,
            Aliases = entry.Aliases ?? [],
            Note = entry.Note,
            ChineseLabel = Optional(entry.LabelZh),
            ChineseCounts = Optional(entry.CountsZh),
            ChineseNote = Optional(entry.NoteZh),
            Observations = [.. observations.Select(o => ToObservation(o, id, unit, sourceName))],
        };
    }

    private static Observation ToObservation(FactsJson.ObservationEntry entry, string measureId, string unit, string sourceName)
    {
        var asOf = Required(entry.AsOf, $"an observation of measure '{measureId}'", "asOf", sourceName);
        var owner = $"measure '{measureId}' (as of {asOf})";
        Evidence evidence = (entry.Article, entry.Report) switch
        {
            ({ } article, null) => new ArticleQuote(article, Required(entry.Quote, owner, "quote", sourceName)),
            (null, { } report) => new ReportCitation(report, Required(entry.Statement, owner, "statement", sourceName)),
            (null, null) => throw new FactRepositoryFormatException($"{sourceName}: {owner} has no evidence: give 'article' and 'quote', or 'report' and 'statement'."),
            _ => throw new FactRepositoryFormatException($"{sourceName}: {owner} names both an article and a report; an observation has one source."),
        };
        var display = entry.Display;
        if (string.IsNullOrWhiteSpace(display))
        {
            display = entry.Value is { } value
                ? FactFormatter.FormatFigure(value, entry.Qualifier, unit)
                : throw new FactRepositoryFormatException($"{sourceName}: {owner} has no 'display'; a statement needs one.");
        }

        return new Observation
        {
            Value = entry.Value,
            Qualifier = entry.Qualifier,
            Display = display,
            AsOf = asOf,
            Evidence = evidence,
            Note = string.IsNullOrWhiteSpace(entry.Note) ? null : entry.Note,
            ChineseDisplay = Optional(entry.DisplayZh),
            ChineseNote = Optional(entry.NoteZh),
        };
    }

    private static string? Optional(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

    private static string Required(string? value, string owner, string field, string sourceName) => string.IsNullOrWhiteSpace(value)
        ? throw new FactRepositoryFormatException($"{sourceName}: {owner} has no '{field}'.")
        : value;

    /// <summary>The article paths, in the order <see cref="Parse"/> reads them; none when the document does not parse.</summary>
    private static List<string> ArticlePaths(string json)
    {
        try
        {
            var document = FactsJson.ReadDocument(json);
            return document?.Articles?
                .TakeWhile(a => !string.IsNullOrWhiteSpace(a.Id) && !string.IsNullOrWhiteSpace(a.Path))
                .Select(a => a.Path!)
                .ToList() ?? [];
        }
        catch (JsonException)
        {
            return [];
        }
    }

    internal static string ComputeVersion(string json, string articles)
    {
        var hash = Sha256.HashData(Encoding.UTF8.GetBytes(json + "\0" + articles));
        return Convert.ToHexStringLower(hash)[..16];
    }
}
