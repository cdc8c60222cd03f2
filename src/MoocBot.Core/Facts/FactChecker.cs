using System.Globalization;
using System.Text.RegularExpressions;

namespace MoocBot.Core.Facts;

/// <summary>
/// Proves the fact repository is built from its articles: well-formed unique ids, quotes verbatim in their
/// articles, each figure's display reading as its value, and every number in every article covered by a fact.
/// </summary>
public static partial class FactChecker
{
    /// <summary>The topics a fact may belong to; the id starts with its topic.</summary>
    public static IReadOnlyList<string> Topics { get; } = ["national", "platform", "west", "international", "source"];

    private const int ContextLength = 40;

    /// <summary>Checks the repository; an empty list means it is sound.</summary>
    public static IReadOnlyList<FactProblem> Check(FactRepository repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var problems = new List<FactProblem>();
        CheckArticleIds(repository, problems);
        CheckFactIds(repository, problems);
        foreach (var fact in repository.Facts)
        {
            CheckTopic(fact, problems);
            var article = repository.FindArticle(fact.ArticleId);
            CheckAsOf(fact, article, problems);
            if (article is null)
            {
                problems.Add(new(fact.Id, $"Fact '{fact.Id}': article '{fact.ArticleId}' is not in the repository."));
            }
            else
            {
                CheckQuote(fact, article, problems);
            }

            if (fact.Value is { } value)
            {
                CheckFigure(fact, value, problems);
            }
        }

        CheckAliases(repository, problems);
        CheckCoverage(repository, problems);
        return problems;
    }

    private static void CheckArticleIds(FactRepository repository, List<FactProblem> problems)
    {
        foreach (var group in repository.Articles.GroupBy(a => a.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new(null, $"Article '{group.Key}' appears {group.Count()} times: article ids must be unique."));
        }
    }

    private static void CheckFactIds(FactRepository repository, List<FactProblem> problems)
    {
        foreach (var group in repository.Facts.GroupBy(f => f.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new(group.Key, $"Fact '{group.Key}' appears {group.Count()} times: fact ids must be unique."));
        }

        foreach (var fact in repository.Facts.Where(f => !IdPattern().IsMatch(f.Id)))
        {
            problems.Add(new(fact.Id, $"Fact '{fact.Id}': the id must be lowercase 'topic.name' (letters, digits and hyphens), like 'national.moocs'."));
        }
    }

    private static void CheckTopic(Fact fact, List<FactProblem> problems)
    {
        if (!Topics.Contains(fact.Topic, StringComparer.Ordinal))
        {
            problems.Add(new(fact.Id, $"Fact '{fact.Id}': topic '{fact.Topic}' is not one of {string.Join(", ", Topics)}."));
        }
        else if (!fact.Id.StartsWith(fact.Topic + ".", StringComparison.Ordinal))
        {
            problems.Add(new(fact.Id, $"Fact '{fact.Id}': its topic is '{fact.Topic}', so its id must start with '{fact.Topic}.'."));
        }
    }

    private static void CheckAsOf(Fact fact, Article? article, List<FactProblem> problems)
    {
        if (!FactFormatter.TryParseAsOf(fact.AsOf, out var start, out _))
        {
            problems.Add(new(fact.Id, $"Fact '{fact.Id}': asOf '{fact.AsOf}' must be a date written YYYY, YYYY-MM or YYYY-MM-DD."));
        }
        else if (article is not null && start > article.Date)
        {
            problems.Add(new(fact.Id, $"Fact '{fact.Id}': asOf '{fact.AsOf}' is after its article's date {article.Date:yyyy-MM-dd}."));
        }
    }

    private static void CheckQuote(Fact fact, Article article, List<FactProblem> problems)
    {
        if (article.Body.Contains(fact.Quote, StringComparison.Ordinal))
        {
            return;
        }

        var agreed = LongestPrefixInBody(fact.Quote, article.Body);
        var message = agreed == 0
            ? $"Fact '{fact.Id}': its quote does not occur word for word in article '{article.Id}'; even its start \"{Excerpt(fact.Quote, 0)}\" is not in the article."
            : $"Fact '{fact.Id}': its quote does not occur word for word in article '{article.Id}'; it departs from the article after \"{Tail(fact.Quote, agreed)}\".";
        problems.Add(new(fact.Id, message));
    }

    private static void CheckFigure(Fact fact, decimal value, List<FactProblem> problems)
    {
        if (!QuantityParser.TryParse(fact.Display, out var read))
        {
            problems.Add(new(fact.Id, $"Fact '{fact.Id}': its display '{fact.Display}' does not read as one figure, but the fact has value {Number(value)}."));
            return;
        }

        if (read.Value != value)
        {
            problems.Add(new(fact.Id, $"Fact '{fact.Id}': its display '{fact.Display}' reads as {Number(read.Value)}, but its value is {Number(value)}."));
        }

        if (read.Qualifier != fact.Qualifier)
        {
            problems.Add(new(fact.Id, $"Fact '{fact.Id}': its display '{fact.Display}' reads as qualifier '{Name(read.Qualifier)}', but its qualifier is '{Name(fact.Qualifier)}'."));
        }

        var displayIsPercent = read.Unit == Quantity.Percent;
        var unitIsPercent = fact.Unit == Quantity.Percent;
        if (displayIsPercent && !unitIsPercent)
        {
            problems.Add(new(fact.Id, $"Fact '{fact.Id}': its display '{fact.Display}' is a percentage, but its unit is '{fact.Unit}', not '%'."));
        }
        else if (unitIsPercent && !displayIsPercent)
        {
            problems.Add(new(fact.Id, $"Fact '{fact.Id}': its unit is '%', but its display '{fact.Display}' is not a percentage."));
        }

        CheckDisplayInQuote(fact, read, problems);
    }

    // The display must stand in the quote as written, and the quote must read the same figure there:
    // "500 million" inside "nearly 500 million" drops the qualifier.
    private static void CheckDisplayInQuote(Fact fact, Quantity read, List<FactProblem> problems)
    {
        var occurrences = WholeOccurrences(fact.Quote, fact.Display).ToList();
        if (occurrences.Count == 0)
        {
            problems.Add(new(fact.Id, $"Fact '{fact.Id}': its display '{fact.Display}' does not occur word for word in its quote."));
            return;
        }

        var quoteFigures = QuantityParser.FindAll(fact.Quote);
        QuantityMatch? differing = null;
        foreach (var start in occurrences)
        {
            var end = start + fact.Display.Length;
            var overlapping = quoteFigures.Where(m => !m.IsDate && m.Index < end && m.End > start).ToList();
            if (overlapping.Count == 1 && overlapping[0].Quantity == read)
            {
                return;
            }

            differing ??= overlapping.FirstOrDefault();
        }

        var writtenAs = differing is null ? "no figure" : $"'{differing.Text}'";
        problems.Add(new(fact.Id, $"Fact '{fact.Id}': its display '{fact.Display}' reads differently in its quote, which writes {writtenAs} there."));
    }

    private static void CheckAliases(FactRepository repository, List<FactProblem> problems)
    {
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var fact in repository.Facts)
        {
            if (fact.Aliases.Count == 0)
            {
                problems.Add(new(fact.Id, $"Fact '{fact.Id}': it has no aliases; add the phrasings people use for it."));
            }

            var own = new HashSet<string>(StringComparer.Ordinal);
            foreach (var alias in fact.Aliases)
            {
                var key = NormalizeAlias(alias);
                if (key.Length == 0)
                {
                    problems.Add(new(fact.Id, $"Fact '{fact.Id}': one of its aliases is empty."));
                }
                else if (!own.Add(key))
                {
                    problems.Add(new(fact.Id, $"Fact '{fact.Id}': alias '{alias}' is listed twice."));
                }
                else if (!owners.TryAdd(key, fact.Id))
                {
                    problems.Add(new(fact.Id, $"Fact '{fact.Id}': alias '{alias}' is also an alias of fact '{owners[key]}'; an alias must name one fact."));
                }
            }
        }
    }

    private static void CheckCoverage(FactRepository repository, List<FactProblem> problems)
    {
        foreach (var article in repository.Articles.DistinctBy(a => a.Id, StringComparer.Ordinal))
        {
            var values = repository.Facts
                .Where(f => f.Value is not null && string.Equals(f.ArticleId, article.Id, StringComparison.Ordinal))
                .Select(f => f.Value!.Value)
                .ToHashSet();
            foreach (var match in QuantityParser.FindAll(article.Body))
            {
                if (!match.IsDate && !values.Contains(match.Quantity.Value))
                {
                    problems.Add(new(null, $"Article '{article.Id}': the number '{match.Text}' ({Number(match.Quantity.Value)}) is not the value of any fact quoting it, in \"{SentenceAround(article.Body, match)}\"."));
                }
            }
        }
    }

    private static IEnumerable<int> WholeOccurrences(string text, string part)
    {
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            var end = i + part.Length;
            if (!(i > 0 && char.IsLetterOrDigit(text[i - 1])) && !(end < text.Length && char.IsLetterOrDigit(text[end])))
            {
                yield return i;
            }
        }
    }

    // A prefix of the quote that occurs in the body stays in it when shortened, so the longest one is found by halving.
    private static int LongestPrefixInBody(string quote, string body)
    {
        int low = 0, high = quote.Length;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (body.Contains(quote.AsSpan(0, middle), StringComparison.Ordinal))
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return low;
    }

    private static string SentenceAround(string body, QuantityMatch match)
    {
        var start = match.Index;
        while (start > 0 && !IsSentenceEnd(body, start - 1))
        {
            start--;
        }

        var end = match.End;
        while (end < body.Length && !IsSentenceEnd(body, end))
        {
            end++;
        }

        return body[start..Math.Min(end + 1, body.Length)].Trim();
    }

    private static bool IsSentenceEnd(string text, int i) => text[i] switch
    {
        '\n' or '!' or '?' or '。' or '！' or '？' => true,
        '.' => i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]),
        _ => false,
    };

    private static string Excerpt(string text, int start) =>
        text.Length - start <= ContextLength ? text[start..] : string.Concat(text.AsSpan(start, ContextLength), "…");

    // The last words before end, starting on a word boundary so the excerpt reads cleanly.
    private static string Tail(string text, int end)
    {
        if (end <= ContextLength)
        {
            return text[..end];
        }

        var start = end - ContextLength;
        var space = text.IndexOf(' ', start, end - start);
        start = space >= 0 && space + 1 < end ? space + 1 : start;
        return string.Concat("…", text.AsSpan(start, end - start));
    }

    private static string NormalizeAlias(string alias) =>
        string.Join(' ', alias.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Name(Qualifier qualifier)
    {
        var name = qualifier.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(?:-[a-z0-9]+)*\\.[a-z0-9]+(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex IdPattern();
}
