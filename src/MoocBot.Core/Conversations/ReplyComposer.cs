using System.Text;
using MoocBot.Core.Answering;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Conversations;

/// <summary>Turns answers and facts into platform-neutral replies; every adapter renders what this composes.</summary>
public sealed class ReplyComposer
{
    private const int MaxListed = 8;
    private const int MaxButtonCommandBytes = 64;

    private readonly Func<Fact, FactSource> _sourceOf;
    private readonly Func<FactRepository> _repository;
    private readonly IReadOnlyList<IFactReplyExtension> _extensions;
    private readonly ChineseReplyComposer _chinese;
    private readonly RepositoryReplies _replies = new();

    /// <summary>A composer over one fixed repository version.</summary>
    public ReplyComposer(FactRepository repository, IEnumerable<IFactReplyExtension>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(repository);
        _sourceOf = repository.SourceOf;
        _repository = () => repository;
        _extensions = [.. extensions ?? []];
        _chinese = new ChineseReplyComposer(_sourceOf, _repository, _extensions);
    }

    /// <summary>A composer that finds each fact's article in the version the bot serves now.</summary>
    public ReplyComposer(CurrentFacts facts, IEnumerable<IFactReplyExtension>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        _sourceOf = facts.SourceOf;
        _repository = () => facts.Repository;
        _extensions = [.. extensions ?? []];
        _chinese = new ChineseReplyComposer(_sourceOf, _repository, _extensions);
    }

    /// <summary>
    /// "the National Higher Education Smart Education Platform": a topic's description from the repository (its Chinese one for
    /// <see cref="ChatLanguage.Chinese"/> when kept), or its id when it has none.
    /// </summary>
    public static string DescribeTopic(FactRepository repository, string topic, ChatLanguage language = ChatLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var found = repository.FindTopic(topic);
        return (language == ChatLanguage.Chinese ? found?.ChineseDescription : null) ?? found?.Description ?? topic;
    }

    /// <summary>The reply to a question, in English unless <paramref name="language"/> is Chinese.</summary>
    public Reply ComposeAnswer(Answer answer, ChatLanguage language = ChatLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(answer);
        if (answer.Status == AnswerStatus.Answered && answer.Time is not { Outcome: TimeOutcome.Change, From: not null })
        {
            return ComposeFact(answer.Facts[0], language);
        }

        if (language == ChatLanguage.Chinese)
        {
            return _chinese.ComposeAnswer(answer);
        }

        return answer.Status switch
        {
            AnswerStatus.Answered when answer.Time is { Outcome: TimeOutcome.Change, From: { } from } time => ComposeChange(time.Measure, from, answer.Facts[0], time.Change),
            AnswerStatus.Ambiguous => ComposeChoice(answer.Facts),
            _ => ComposeNotFound(answer.Suggestions, answer.Reason, answer.Time),
        };
    }

    /// <summary>A card for one fact: the figure, what it counts, as of when, and the source; in English unless <paramref name="language"/> is Chinese.</summary>
    /// <remarks>The card is composed once per fact, language and repository version, and the same reply is returned after that.</remarks>
    public Reply ComposeFact(Fact fact, ChatLanguage language = ChatLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return _replies.GetOrCompose(_repository(), "card", fact, language, (Composer: this, Fact: fact, Language: language), static s =>
            s.Language == ChatLanguage.Chinese ? s.Composer._chinese.ComposeFact(s.Fact) : s.Composer.ComposeEnglishFact(s.Fact));
    }

    private Reply ComposeEnglishFact(Fact fact)
    {
        var asOf = FactFormatter.FormatAsOf(fact.AsOf);
        var blocks = new List<ReplyBlock>
        {
            new(ReplyBlockKind.Paragraph,
            [
                new ReplySpan(FactText.Capitalize(fact.Counts) + ": "),
                new ReplySpan(fact.Display, SpanStyle.Bold),
                new ReplySpan($" (as of {asOf})."),
            ]),
        };
        if (fact.ObservationNote is { Length: > 0 } caveat)
        {
            blocks.Add(new ReplyBlock(ReplyBlockKind.Paragraph, [new ReplySpan(caveat, SpanStyle.Italic)]));
        }

        if (fact.Note is { Length: > 0 } note)
        {
            blocks.Add(new ReplyBlock(ReplyBlockKind.Paragraph, [new ReplySpan(note, SpanStyle.Italic)]));
        }

        var source = SourceOf(fact);
        blocks.Add(SourceBlock(source));
        if (OtherObservation(fact) is { } other)
        {
            blocks.Add(ReplyBlock.Text(other));
        }

        return new Reply
        {
            Blocks = blocks,
            Figure = new ReplyFigure(fact.Id, FactText.Capitalize(fact.Counts), fact.Display, asOf),
            Source = source,
            Buttons =
            [
                new ReplyButton("Source", "/source " + fact.Id),
                new ReplyButton("Related", "/related " + fact.Id),
                .. HistoryButtons(_repository(), fact, "History"),
                .. _extensions.SelectMany(e => e.ButtonsFor(fact)),
            ],
        };
    }

    /// <summary>
    /// Two figures of one measure and the change between them, which the bot computed (no source reports it) and
    /// says so; each figure keeps its own date and source.
    /// </summary>
    private Reply ComposeChange(Measure measure, Observation from, Fact to, FigureChange? change)
    {
        var older = measure.ToFact(from);
        var blocks = new List<ReplyBlock>
        {
            new(ReplyBlockKind.Paragraph,
            [
                new ReplySpan(FactText.Capitalize(to.Counts) + ": "),
                new ReplySpan(older.Display, SpanStyle.Bold),
                new ReplySpan($" (as of {FactFormatter.FormatAsOf(older.AsOf)}) → "),
                new ReplySpan(to.Display, SpanStyle.Bold),
                new ReplySpan($" (as of {FactFormatter.FormatAsOf(to.AsOf)})."),
            ]),
        };
        if (change is not null)
        {
            blocks.Add(ReplyBlock.Text("Change, computed by me from the two figures (no source reports it): " + change.Describe() + "."));
            if (change.IsApproximate)
            {
                blocks.Add(new ReplyBlock(ReplyBlockKind.Paragraph,
                    [new ReplySpan("The figures are qualified (“more than”, “about”, “nearly”), so the change is only approximate.", SpanStyle.Italic)]));
            }
        }

        foreach (var note in new[] { older.ObservationNote, to.ObservationNote }.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            blocks.Add(new ReplyBlock(ReplyBlockKind.Paragraph, [new ReplySpan(note, SpanStyle.Italic)]));
        }

        var olderSource = SourceOf(older);
        var source = SourceOf(to);
        blocks.Add(new ReplyBlock(ReplyBlockKind.Source, [new ReplySpan($"Source ({FactFormatter.FormatShortAsOf(older.AsOf)}): " + olderSource.Text, SpanStyle.Italic, olderSource.Url)]));
        blocks.Add(new ReplyBlock(ReplyBlockKind.Source, [new ReplySpan($"Source ({FactFormatter.FormatShortAsOf(to.AsOf)}): " + source.Text, SpanStyle.Italic, source.Url)]));
        return new Reply
        {
            Blocks = blocks,
            Figure = new ReplyFigure(to.Id, FactText.Capitalize(to.Counts), to.Display, FactFormatter.FormatAsOf(to.AsOf)),
            Source = source,
            Buttons = [new ReplyButton("Source", "/source " + to.Id), new ReplyButton("Related", "/related " + to.Id), .. _extensions.SelectMany(e => e.ButtonsFor(to))],
        };
    }

    /// <summary>
    /// Where a fact comes from: the verbatim sentence and its article, or for a cited report what it gives in our
    /// words (never in quotation marks) and the report.
    /// </summary>
    /// <remarks>Composed once per fact, language and repository version, as a fact card is.</remarks>
    public Reply ComposeQuote(Fact fact, ChatLanguage language = ChatLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return _replies.GetOrCompose(_repository(), "quote", fact, language, (Composer: this, Fact: fact, Language: language), static s =>
            s.Language == ChatLanguage.Chinese ? s.Composer._chinese.ComposeQuote(s.Fact) : s.Composer.ComposeEnglishQuote(s.Fact, s.Language));
    }

    private Reply ComposeEnglishQuote(Fact fact, ChatLanguage language)
    {
        var origin = _sourceOf(fact);
        var source = SourceOf(fact);
        var heading = new ReplyBlock(ReplyBlockKind.Heading, [new ReplySpan(FactText.Capitalize(fact.Counts))]);
        return new Reply
        {
            Blocks = fact.Evidence switch
            {
                ArticleQuote quote =>
                [
                    heading,
                    new ReplyBlock(ReplyBlockKind.Quote, [new ReplySpan(quote.Quote)]),
                    new ReplyBlock(ReplyBlockKind.Paragraph, [new ReplySpan(MessageCatalogue.Get("source.from", language, origin.Title), SpanStyle.Italic)]),
                    SourceBlock(source),
                ],
                _ =>
                [
                    heading,
                    ReplyBlock.Text(FactText.Capitalize(fact.Evidence.Text)),
                    new ReplyBlock(ReplyBlockKind.Paragraph, [new ReplySpan(MessageCatalogue.Get("source.in-our-words", language), SpanStyle.Italic)]),
                    SourceBlock(source),
                ],
            },
            Source = source,
            Buttons = [new ReplyButton(MessageCatalogue.Get("button.figure", language), "/fact " + fact.Id)],
        };
    }

    /// <summary>A list of facts under a heading, each with its figure; buttons open each one. In English unless <paramref name="language"/> is Chinese.</summary>
    public Reply ComposeList(string heading, IReadOnlyList<Fact> facts, bool withButtons = false, ChatLanguage language = ChatLanguage.English)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (language == ChatLanguage.Chinese)
        {
            return _chinese.ComposeList(heading, facts, withButtons);
        }

        var blocks = new List<ReplyBlock> { new(ReplyBlockKind.Heading, [new ReplySpan(heading)]) };
        var sources = facts.Select(SourceOf).DistinctBy(s => s.Text).ToList();
        if (sources.Count <= 1)
        {
            blocks.AddRange(facts.Select(f => ListItem(f, null)));
        }
        else
        {
            // Figures from several sources and dates: each says its own, as the single source line cannot.
            blocks.AddRange(facts.Select(f => ListItem(f, FactFormatter.FormatBrief(f, _sourceOf(f))[f.Display.Length..])));
        }

        if (sources.Count == 1)
        {
            blocks.Add(SourceBlock(sources[0]));
        }

        return new Reply
        {
            Blocks = blocks,
            Source = sources.Count == 1 ? sources[0] : null,
            Buttons = withButtons ? [.. facts.Take(MaxListed).Select(FactButton)] : [],
        };
    }

    /// <summary>Plain paragraphs, e.g. help or a confirmation.</summary>
    public static Reply ComposeText(params string[] paragraphs) =>
        new() { Blocks = [.. paragraphs.Select(ReplyBlock.Text)] };

    /// <summary>A short reply only the asker needs: errors, hints and confirmations.</summary>
    public static Reply ComposePrivateText(params string[] paragraphs) =>
        ComposeText(paragraphs) with { Private = true };

    /// <summary>The source line of a fact's article or report.</summary>
    public ReplySource SourceOf(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var source = _sourceOf(fact);
        return new ReplySource(FactFormatter.FormatSource(source), source.Url);
    }

    /// <summary>
    /// One line for the measure's other figure: "Previously: 62,000 (Nov 2022, People's Daily)." under the newest one,
    /// "Latest: more than 97,000 (Dec 2024, Xinhua)." under an older one; null for a figure with no history.
    /// </summary>
    private string? OtherObservation(Fact fact) => OtherObservationOf(_repository(), fact) is var (isLatest, other, source)
        ? (isLatest ? "Previously: " : "Latest: ") + FactFormatter.FormatBrief(other, source) + "."
        : null;

    /// <summary>
    /// The measure's other figure to name under <paramref name="fact"/>: the one before it when it is the newest
    /// (<c>IsLatest</c>), else the newest; null for a figure with no history or no known source.
    /// </summary>
    internal static (bool IsLatest, Fact Other, FactSource Source)? OtherObservationOf(FactRepository repository, Fact fact)
    {
        if (repository.FindMeasure(fact.Id) is not { Observations.Count: > 1 } measure || measure.ObservationOf(fact) is not { } observation)
        {
            return null;
        }

        var isLatest = ReferenceEquals(observation, measure.Latest);
        if ((isLatest ? measure.Before(observation) : measure.Latest) is not { } other)
        {
            return null;
        }

        var otherFact = measure.ToFact(other);
        return repository.FindSource(otherFact) is { } source ? (isLatest, otherFact, source) : null;
    }

    /// <summary>A /history button, labelled <paramref name="label"/>, under a figure whose measure has two or more observations.</summary>
    internal static IEnumerable<ReplyButton> HistoryButtons(FactRepository repository, Fact fact, string label)
    {
        var command = "/history " + fact.Id;
        if (repository.FindMeasure(fact.Id) is { Observations.Count: > 1 } && Encoding.UTF8.GetByteCount(command) <= MaxButtonCommandBytes)
        {
            yield return new ReplyButton(label, command);
        }
    }

    private Reply ComposeChoice(IReadOnlyList<Fact> candidates)
    {
        var shown = candidates.Take(MaxListed).ToArray();
        var lead = shown.Length == 2 ? "I know two figures that fit." : "I know several figures that fit.";
        return ComposeList(lead + " Which one did you mean?", shown, withButtons: true);
    }

    private Reply ComposeNotFound(IReadOnlyList<Fact> suggestions, NotFoundReason reason, TimeSelection? time)
    {
        var blocks = new List<ReplyBlock>
        {
            ReplyBlock.Text("Sorry, I don't have a figure for that. " + (ExplainTime(time) ?? ExplainNotFound(reason) ?? DescribeSources())),
        };
        if (time is { Outcome: TimeOutcome.Between })
        {
            // The nearest figures are the answer's substance: each with its date and source, in their own lines.
            blocks.Add(ReplyBlock.Text("The nearest figures I have:"));
            blocks.AddRange(suggestions.Select(f => ListItem(f, FactFormatter.FormatBrief(f, _sourceOf(f))[f.Display.Length..])));
            blocks.Add(new ReplyBlock(ReplyBlockKind.Paragraph, [new ReplySpan("I don't estimate a figure between two reported ones.", SpanStyle.Italic)]));
            return new Reply { Blocks = blocks, Buttons = [FactButton(suggestions[^1])] };
        }

        if (suggestions.Count > 0)
        {
            blocks.Add(ReplyBlock.Text("Perhaps one of these:"));
            blocks.AddRange(suggestions.Take(3).Select(f => new ReplyBlock(ReplyBlockKind.ListItem, [new ReplySpan(FactText.Capitalize(f.Counts))])));
        }

        blocks.Add(new ReplyBlock(ReplyBlockKind.Paragraph,
        [
            new ReplySpan("Try "),
            new ReplySpan("/topics", SpanStyle.Code),
            new ReplySpan(" to see what I know, or "),
            new ReplySpan("/help", SpanStyle.Code),
            new ReplySpan("."),
        ]));
        return new Reply { Blocks = blocks, Buttons = [.. suggestions.Take(3).Select(FactButton)] };
    }

    /// <summary>
    /// For a time the measure has no figure for: "I have no figure of MOOCs … for 2021." (between two figures), or "I have
    /// figures of MOOCs … from Dec 2017 to Dec 2024, none for 2015." (outside them); null when the question named no measure.
    /// </summary>
    private static string? ExplainTime(TimeSelection? time)
    {
        if (time is null)
        {
            return null;
        }

        var counts = time.Measure.Counts;
        var asked = time.Scope.At is { } at ? at.ToString() : null;
        return time.Outcome switch
        {
            TimeOutcome.Between => "I have no figure of " + counts + " for " + asked + ".",
            TimeOutcome.Outside when time.Measure.Observations.Count > 1 =>
                "I have figures of " + counts + " from " + ObservationSelector.DescribeRange(time.Measure) + (asked is null ? ", none for the future." : ", none for " + asked + "."),
            TimeOutcome.Outside =>
                "I have a figure of " + counts + " only as of " + ObservationSelector.DescribeRange(time.Measure) + (asked is null ? ", none for the future." : ", none for " + asked + "."),
            _ => null,
        };
    }

    /// <summary>One sentence saying what the bot cannot answer, with the publishers, dates and as-of taken from the repository.</summary>
    private string? ExplainNotFound(NotFoundReason reason)
    {
        var repository = _repository();
        switch (reason)
        {
            case NotFoundReason.OtherCountry when repository.Articles.Count > 0:
                var sources = repository.Articles
                    .OrderBy(a => a.Date)
                    .Select(a => a.Publisher + " (" + FactFormatter.FormatDate(a.Date) + ")");
                return "I only know China's MOOC figures, from " + string.Join(" and ", sources) + CitedReports(repository) + ".";
            case NotFoundReason.OtherTime when repository.Facts.Count > 0:
                return DescribeTimes(repository);
            case NotFoundReason.WorldTotal:
                return "I only know China's figures and its world ranking.";
            default:
                return null;
        }
    }

    /// <summary>"I only know the MOOC figures reported by People's Daily (figures from the Ministry of Education)." from the repository's articles.</summary>
    private string DescribeSources()
    {
        var repository = _repository();
        var sources = repository.Articles
            .OrderBy(a => a.Date)
            .Select(a => FactFormatter.FormatDataFrom(a) is { } from ? a.Publisher + " (figures from " + from + ")" : a.Publisher)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var publishers = repository.Reports
            .OrderBy(r => r.Published, StringComparer.Ordinal)
            .Select(r => FactFormatter.ShortPublisher(r.Publisher))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var cited = publishers.Length == 0 ? string.Empty : ", and those cited from reports by " + JoinAnd(publishers);
        return sources.Length == 0 && publishers.Length == 0
            ? "I only know the MOOC figures in my fact repository."
            : sources.Length == 0
                ? "I only know the MOOC figures cited from reports by " + JoinAnd(publishers) + "."
                : "I only know the MOOC figures reported by " + string.Join(" and ", sources) + cited + ".";
    }

    /// <summary>" and 8 cited reports (Jan 2018 to Dec 2024)", or nothing when the repository cites none.</summary>
    private static string CitedReports(FactRepository repository)
    {
        if (repository.Reports.Count == 0)
        {
            return string.Empty;
        }

        var dates = repository.Reports.Select(r => r.Published).Order(StringComparer.Ordinal).ToList();
        var first = FactFormatter.FormatPublished(dates[0]);
        var last = FactFormatter.FormatPublished(dates[^1]);
        return repository.Reports.Count == 1
            ? " and a report of " + first
            : $" and {repository.Reports.Count} cited reports ({(first == last ? first : first + " to " + last)})";
    }

    /// <summary>
    /// When the figures are as of: the date most figures share when no measure has a history (the few dated otherwise,
    /// a launch year or the publication day, are not "my figures"), else the span the histories cover.
    /// </summary>
    private static string DescribeTimes(FactRepository repository) => HistorySpan(repository) is var (first, last)
        ? "My figures run from " + FactFormatter.FormatAsOf(first) + " to " + FactFormatter.FormatAsOf(last) + "; I don't have one for that time."
        : "My figures are as of " + FactFormatter.FormatAsOf(CommonAsOf(repository)) + "; I don't have figures for other years.";

    /// <summary>The first and last as-of dates of the measures that have a history, or null when none has.</summary>
    internal static (string First, string Last)? HistorySpan(FactRepository repository)
    {
        var ordered = repository.Measures
            .Where(m => m.Observations.Count > 1)
            .SelectMany(m => m.Observations)
            .Select(o => o.AsOf)
            .Where(a => FactFormatter.TryParseAsOf(a, out _, out _))
            .OrderBy(a => a, StringComparer.Ordinal)
            .ToList();
        return ordered.Count > 0 ? (ordered[0], ordered[^1]) : null;
    }

    /// <summary>The as-of date most figures share (the newest among equals); the repository must hold a fact.</summary>
    internal static string CommonAsOf(FactRepository repository) => repository.Facts
        .GroupBy(f => f.AsOf, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count())
        .ThenByDescending(g => g.Key, StringComparer.Ordinal)
        .First().Key;

    private static string JoinAnd(string[] items) =>
        items.Length <= 1 ? string.Join(string.Empty, items) : string.Join(", ", items.Take(items.Length - 1)) + " and " + items[^1];

    private static ReplyBlock ListItem(Fact fact, string? dateAndSource) => new(ReplyBlockKind.ListItem,
    [
        new ReplySpan(fact.Display, SpanStyle.Bold),
        new ReplySpan(dateAndSource + " — " + fact.Counts),
    ]);

    private static ReplyButton FactButton(Fact fact) => new(FactText.ButtonLabel(fact.Counts), "/fact " + fact.Id);

    private static ReplyBlock SourceBlock(ReplySource source) =>
        new(ReplyBlockKind.Source, [new ReplySpan("Source: " + source.Text, SpanStyle.Italic, source.Url)]);
}
