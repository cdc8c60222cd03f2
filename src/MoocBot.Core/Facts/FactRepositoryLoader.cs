using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MoocBot.Core.Facts;

/// <summary>Reads <c>data/facts.json</c> and the article files it names.</summary>
public static class FactRepositoryLoader
{
    private const string HeaderEnd = "---";

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

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
        return Parse(json, relativePath => File.ReadAllText(Path.Combine(folder, relativePath)), factsPath);
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

        return ComputeVersion(json, articleTexts.ToString());
    }

    /// <summary>Parses a facts document; <paramref name="readArticle"/> reads an article file by its relative path.</summary>
    public static FactRepository Parse(string json, Func<string, string> readArticle, string sourceName = "facts.json")
    {
        ArgumentNullException.ThrowIfNull(readArticle);
        FactsDocument document;
        try
        {
            document = JsonSerializer.Deserialize<FactsDocument>(json, JsonOptions)
                ?? throw new FactRepositoryFormatException($"{sourceName} is empty.");
        }
        catch (JsonException ex)
        {
            throw new FactRepositoryFormatException($"{sourceName} is not valid: {ex.Message}", ex);
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

        var facts = new List<Fact>();
        foreach (var entry in document.Facts ?? [])
        {
            facts.Add(ToFact(entry, sourceName));
        }

        return new FactRepository(articles, facts, ComputeVersion(json, articleTexts.ToString()));
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

    private static Fact ToFact(FactEntry entry, string sourceName)
    {
        var id = string.IsNullOrWhiteSpace(entry.Id)
            ? throw new FactRepositoryFormatException($"{sourceName}: a fact has no id.")
            : entry.Id;
        string Required(string? value, string field) => string.IsNullOrWhiteSpace(value)
            ? throw new FactRepositoryFormatException($"{sourceName}: fact '{id}' has no '{field}'.")
            : value;

        return new Fact
        {
            Id = id,
            Topic = Required(entry.Topic, "topic"),
            Counts = Required(entry.Counts, "counts"),
            Value = entry.Value,
            Unit = Required(entry.Unit, "unit"),
            Qualifier = entry.Qualifier,
            Display = Required(entry.Display, "display"),
            AsOf = Required(entry.AsOf, "asOf"),
            Quote = Required(entry.Quote, "quote"),
            ArticleId = Required(entry.Article, "article"),
            Aliases = entry.Aliases ?? [],
            Note = entry.Note,
        };
    }

    /// <summary>The article paths, in the order <see cref="Parse"/> reads them; none when the document does not parse.</summary>
    private static List<string> ArticlePaths(string json)
    {
        try
        {
            var document = JsonSerializer.Deserialize<FactsDocument>(json, JsonOptions);
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

    private static string ComputeVersion(string json, string articles)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(json + "\0" + articles));
        return Convert.ToHexStringLower(hash)[..16];
    }

    private sealed record FactsDocument(List<ArticleEntry>? Articles, List<FactEntry>? Facts);

    private sealed record ArticleEntry(string? Id, string? Path);

    private sealed record FactEntry(
        string? Id,
        string? Topic,
        string? Counts,
        decimal? Value,
        string? Unit,
        Qualifier Qualifier,
        string? Display,
        string? AsOf,
        string? Quote,
        string? Article,
        List<string>? Aliases,
        string? Note);
}
