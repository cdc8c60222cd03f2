using System.Globalization;
using System.Text.RegularExpressions;

namespace MoocBot.Core.Facts;

/// <summary>
/// Proves the fact repository is built from its sources: well-formed unique ids, topics that exist, each measure's
/// observations in date order, quotes verbatim in their articles, cited reports known and dated, each figure's
/// display reading as its value, and every number in every stored article covered by an observation quoting it
/// (older observations stay as history).
/// </summary>
public static partial class FactChecker
{
    private const int ContextLength = 40;

    /// <summary>Checks the repository; an empty list means it is sound.</summary>
    public static IReadOnlyList<FactProblem> Check(FactRepository repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var problems = new List<FactProblem>();
        CheckTopics(repository, problems);
        CheckArticleIds(repository, problems);
        CheckReports(repository, problems);
        CheckMeasureIds(repository, problems);
        foreach (var measure in repository.Measures)
        {
            CheckTopic(measure, repository, problems);
            if (measure.Observations.Count == 0)
            {
                problems.Add(new(measure.Id, $"Fact '{measure.Id}': it has no observations; give at least one value with its evidence."));
            }

            foreach (var observation in measure.Observations)
            {
                var fact = measure.ToFact(observation);
                var name = Describe(measure, observation);
                switch (observation.Evidence)
                {
                    case ArticleQuote quote:
                        var article = repository.FindArticle(quote.ArticleId);
                        CheckAsOf(fact, name, article?.Date, problems);
                        if (article is null)
                        {
                            problems.Add(new(fact.Id, $"{name}: article '{quote.ArticleId}' is not in the repository."));
                        }
                        else
                        {
                            CheckQuote(fact, name, quote, article, problems);
                        }

                        break;
                    case ReportCitation citation:
                        var report = repository.FindReport(citation.ReportId);
                        CheckAsOf(fact, name, report is not null && FactFormatter.TryParseAsOf(report.Published, out var published, out _) ? published : null, problems);
                        if (report is null)
                        {
                            problems.Add(new(fact.Id, $"{name}: report '{citation.ReportId}' is not in the repository's reports."));
                        }

                        if (string.IsNullOrWhiteSpace(citation.Statement))
                        {
                            problems.Add(new(fact.Id, $"{name}: its statement is empty; say in our own words what the report gives."));
                        }

                        break;
                }

                if (fact.Value is { } value)
                {
                    CheckFigure(fact, name, value, problems);
                }
            }

            CheckOrder(measure, problems);
        }

        CheckAliases(repository, problems);
        CheckCoverage(repository, problems);
        return problems;
    }

    /// <summary>"Fact 'national.learners'" for a single observation; "Fact 'national.learners' as of 2022-11" when the measure has several.</summary>
    private static string Describe(Measure measure, Observation observation) =>
        measure.Observations.Count > 1 ? $"Fact '{measure.Id}' as of {observation.AsOf}" : $"Fact '{measure.Id}'";

    private static void CheckTopics(FactRepository repository, List<FactProblem> problems)
    {
        foreach (var group in repository.Topics.GroupBy(t => t.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new(null, $"Topic '{group.Key}' appears {group.Count()} times: topic ids must be unique."));
        }

        foreach (var topic in repository.Topics.Where(t => !TopicPattern().IsMatch(t.Id) || t.Id == "all"))
        {
            problems.Add(new(null, $"Topic '{topic.Id}': the id must be one lowercase word (letters, digits and hyphens) other than 'all', like 'national'."));
        }

        var headlines = repository.Topics.Where(t => t.IsHeadline).Select(t => t.Id).ToList();
        if (headlines.Count > 1)
        {
            problems.Add(new(null, $"Topics {string.Join(", ", headlines)} are each marked \"headline\": only one topic is the headline one."));
        }

        // The built-in vocabulary serves repositories of any topics; only a folder's own vocabulary.txt must agree with its facts.json.
        var places = ReferenceEquals(repository.Vocabulary, Vocabulary.Default) ? [] : repository.Vocabulary.Lines(VocabularySections.Places);
        foreach (var line in places.Where(l => l.Targets.Count > 0 && repository.FindTopic(l.Concept) is null))
        {
            problems.Add(new(null, $"{VocabularyParser.FileName}, line {line.LineNumber}: the places '{string.Join(", ", line.Phrases)}' lead to topic '{line.Concept}', which is not one of the repository's topics ({string.Join(", ", repository.Topics.Select(t => t.Id))})."));
        }
    }

    private static void CheckArticleIds(FactRepository repository, List<FactProblem> problems)
    {
        foreach (var group in repository.Articles.GroupBy(a => a.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new(null, $"Article '{group.Key}' appears {group.Count()} times: article ids must be unique."));
        }
    }

    private static void CheckReports(FactRepository repository, List<FactProblem> problems)
    {
        foreach (var group in repository.Reports.GroupBy(r => r.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new(null, $"Report '{group.Key}' appears {group.Count()} times: report ids must be unique."));
        }

        foreach (var report in repository.Reports)
        {
            if (repository.FindArticle(report.Id) is not null)
            {
                problems.Add(new(null, $"Report '{report.Id}' has the id of an article: a source id must name one source."));
            }

            if (!FactFormatter.TryParseAsOf(report.Published, out _, out var precision) || precision == AsOfPrecision.Year)
            {
                problems.Add(new(null, $"Report '{report.Id}': published '{report.Published}' must be a date written YYYY-MM-DD, or YYYY-MM when the day is not known."));
            }
        }
    }

    private static void CheckMeasureIds(FactRepository repository, List<FactProblem> problems)
    {
        foreach (var group in repository.Measures.GroupBy(f => f.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add(new(group.Key, $"Fact '{group.Key}' appears {group.Count()} times: fact ids must be unique."));
        }

        foreach (var measure in repository.Measures.Where(f => !IdPattern().IsMatch(f.Id)))
        {
            problems.Add(new(measure.Id, $"Fact '{measure.Id}': the id must be lowercase 'topic.name' (letters, digits and hyphens), like 'national.moocs'."));
        }
    }

    private static void CheckTopic(Measure measure, FactRepository repository, List<FactProblem> problems)
    {
        if (repository.FindTopic(measure.Topic) is null)
        {
            problems.Add(new(measure.Id, $"Fact '{measure.Id}': topic '{measure.Topic}' is not one of the repository's topics ({string.Join(", ", repository.Topics.Select(t => t.Id))})."));
        }
        else if (!measure.Id.StartsWith(measure.Topic + ".", StringComparison.Ordinal))
        {
            problems.Add(new(measure.Id, $"Fact '{measure.Id}': its topic is '{measure.Topic}', so its id must start with '{measure.Topic}.'."));
        }
    }

    /// <summary>
    /// Oldest first, so the last observation is the current figure. Two observations of one date must come from different
    /// sources; a stored article's goes last, so the bot answers with the figure it can quote.
    /// </summary>
    private static void CheckOrder(Measure measure, List<FactProblem> problems)
    {
        for (var i = 1; i < measure.Observations.Count; i++)
        {
            var previous = measure.Observations[i - 1];
            var current = measure.Observations[i];
            if (!FactFormatter.TryParseAsOf(previous.AsOf, out var before, out _) || !FactFormatter.TryParseAsOf(current.AsOf, out var after, out _))
            {
                continue;
            }

            if (after < before)
            {
                problems.Add(new(measure.Id, $"Fact '{measure.Id}': its observation as of {current.AsOf} comes after the one as of {previous.AsOf}; list observations oldest first."));
            }
            else if (after == before && string.Equals(previous.Evidence.SourceId, current.Evidence.SourceId, StringComparison.Ordinal))
            {
                problems.Add(new(measure.Id, $"Fact '{measure.Id}': two observations as of {current.AsOf} come from '{current.Evidence.SourceId}'; keep one."));
            }
            else if (after == before && previous.Evidence is ArticleQuote && current.Evidence is ReportCitation)
            {
                problems.Add(new(measure.Id, $"Fact '{measure.Id}': as of {current.AsOf} a stored article and a report both give a value; list the report's first, so the article's answers."));
            }
        }
    }

    private static void CheckAsOf(Fact fact, string name, DateOnly? sourceDate, List<FactProblem> problems)
    {
        if (!FactFormatter.TryParseAsOf(fact.AsOf, out var start, out _))
        {
            problems.Add(new(fact.Id, $"{name}: asOf '{fact.AsOf}' must be a date written YYYY, YYYY-MM or YYYY-MM-DD."));
        }
        else if (sourceDate is { } date && start > date)
        {
            var what = fact.Evidence is ReportCitation ? "report" : "article";
            problems.Add(new(fact.Id, $"{name}: asOf '{fact.AsOf}' is after its {what}'s date {date:yyyy-MM-dd}."));
        }
    }

    private static void CheckQuote(Fact fact, string name, ArticleQuote quote, Article article, List<FactProblem> problems)
    {
        if (article.Body.Contains(quote.Quote, StringComparison.Ordinal))
        {
            return;
        }

        var agreed = LongestPrefixInBody(quote.Quote, article.Body);
        var message = agreed == 0
            ? $"{name}: its quote does not occur word for word in article '{article.Id}'; even its start \"{Excerpt(quote.Quote, 0)}\" is not in the article."
            : $"{name}: its quote does not occur word for word in article '{article.Id}'; it departs from the article after \"{Tail(quote.Quote, agreed)}\".";
        problems.Add(new(fact.Id, message));
    }

    private static void CheckFigure(Fact fact, string name, decimal value, List<FactProblem> problems)
    {
        if (!QuantityParser.TryParse(fact.Display, out var read))
        {
            problems.Add(new(fact.Id, $"{name}: its display '{fact.Display}' does not read as one figure, but the fact has value {Number(value)}."));
            return;
        }

        if (read.Value != value)
        {
            problems.Add(new(fact.Id, $"{name}: its display '{fact.Display}' reads as {Number(read.Value)}, but its value is {Number(value)}."));
        }

        if (read.Qualifier != fact.Qualifier)
        {
            problems.Add(new(fact.Id, $"{name}: its display '{fact.Display}' reads as qualifier '{Name(read.Qualifier)}', but its qualifier is '{Name(fact.Qualifier)}'."));
        }

        var displayIsPercent = read.Unit == Quantity.Percent;
        var unitIsPercent = fact.Unit == Quantity.Percent;
        if (displayIsPercent && !unitIsPercent)
        {
            problems.Add(new(fact.Id, $"{name}: its display '{fact.Display}' is a percentage, but its unit is '{fact.Unit}', not '%'."));
        }
        else if (unitIsPercent && !displayIsPercent)
        {
            problems.Add(new(fact.Id, $"{name}: its unit is '%', but its display '{fact.Display}' is not a percentage."));
        }

        if (fact.Quote is { } quote)
        {
            CheckDisplayInQuote(fact, name, quote, read, problems);
        }
    }

    // The display must stand in the quote as written, and the quote must read the same figure there:
    // "500 million" inside "nearly 500 million" drops the qualifier.
    private static void CheckDisplayInQuote(Fact fact, string name, string quote, Quantity read, List<FactProblem> problems)
    {
        var occurrences = WholeOccurrences(quote, fact.Display).ToList();
        if (occurrences.Count == 0)
        {
            problems.Add(new(fact.Id, $"{name}: its display '{fact.Display}' does not occur word for word in its quote."));
            return;
        }

        var quoteFigures = QuantityParser.FindAll(quote);
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
        problems.Add(new(fact.Id, $"{name}: its display '{fact.Display}' reads differently in its quote, which writes {writtenAs} there."));
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
            var values = repository.Measures
                .SelectMany(m => m.Observations)
                .Where(o => o.Value is not null && o.Evidence is ArticleQuote quote && string.Equals(quote.ArticleId, article.Id, StringComparison.Ordinal))
                .Select(o => o.Value!.Value)
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

    [GeneratedRegex("^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex TopicPattern();
}
