using MoocBot.Core.Answering;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Conversations;

/// <summary>Turns answers and facts into platform-neutral replies; every adapter renders what this composes.</summary>
public sealed class ReplyComposer
{
    private const int MaxListed = 8;

    private readonly Func<Fact, Article> _articleOf;
    private readonly Func<FactRepository> _repository;
    private readonly IReadOnlyList<IFactReplyExtension> _extensions;

    /// <summary>A composer over one fixed repository version.</summary>
    public ReplyComposer(FactRepository repository, IEnumerable<IFactReplyExtension>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(repository);
        _articleOf = repository.ArticleOf;
        _repository = () => repository;
        _extensions = [.. extensions ?? []];
    }

    /// <summary>A composer that finds each fact's article in the version the bot serves now.</summary>
    public ReplyComposer(CurrentFacts facts, IEnumerable<IFactReplyExtension>? extensions = null)
    {
        ArgumentNullException.ThrowIfNull(facts);
        _articleOf = facts.ArticleOf;
        _repository = () => facts.Repository;
        _extensions = [.. extensions ?? []];
    }

    /// <summary>The topics the bot knows, with a plain description each.</summary>
    public static IReadOnlyDictionary<string, string> TopicDescriptions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["national"] = "China's MOOCs nationwide",
        ["platform"] = "the National Higher Education Smart Education Platform",
        ["west"] = "MOOCs for universities in western China",
        ["international"] = "international cooperation and courses",
        ["source"] = "who reported the figures, where and from whom",
    };

    /// <summary>The reply to a question.</summary>
    public Reply ComposeAnswer(Answer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        return answer.Status switch
        {
            AnswerStatus.Answered => ComposeFact(answer.Facts[0]),
            AnswerStatus.Ambiguous => ComposeChoice(answer.Facts),
            _ => ComposeNotFound(answer.Suggestions, answer.Reason),
        };
    }

    /// <summary>A card for one fact: the figure, what it counts, as of when, and the source.</summary>
    public Reply ComposeFact(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
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
        if (fact.Note is { Length: > 0 } note)
        {
            blocks.Add(new ReplyBlock(ReplyBlockKind.Paragraph, [new ReplySpan(note, SpanStyle.Italic)]));
        }

        var source = SourceOf(fact);
        blocks.Add(SourceBlock(source));
        return new Reply
        {
            Blocks = blocks,
            Figure = new ReplyFigure(fact.Id, FactText.Capitalize(fact.Counts), fact.Display, asOf),
            Source = source,
            Buttons = [new ReplyButton("Source", "/source " + fact.Id), new ReplyButton("Related", "/related " + fact.Id), .. _extensions.SelectMany(e => e.ButtonsFor(fact))],
        };
    }

    /// <summary>The verbatim sentence a fact comes from, and its article.</summary>
    public Reply ComposeQuote(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var article = _articleOf(fact);
        var source = SourceOf(fact);
        return new Reply
        {
            Blocks =
            [
                new ReplyBlock(ReplyBlockKind.Heading, [new ReplySpan(FactText.Capitalize(fact.Counts))]),
                new ReplyBlock(ReplyBlockKind.Quote, [new ReplySpan(fact.Quote)]),
                new ReplyBlock(ReplyBlockKind.Paragraph, [new ReplySpan("From “" + article.Title + "”.", SpanStyle.Italic)]),
                SourceBlock(source),
            ],
            Source = source,
            Buttons = [new ReplyButton("Figure", "/fact " + fact.Id)],
        };
    }

    /// <summary>A list of facts under a heading, each with its figure; buttons open each one.</summary>
    public Reply ComposeList(string heading, IReadOnlyList<Fact> facts, bool withButtons = false)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var blocks = new List<ReplyBlock> { new(ReplyBlockKind.Heading, [new ReplySpan(heading)]) };
        blocks.AddRange(facts.Select(ListItem));
        var sources = facts.Select(SourceOf).DistinctBy(s => s.Text).ToList();
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

    /// <summary>The source line of a fact's article.</summary>
    public ReplySource SourceOf(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var article = _articleOf(fact);
        return new ReplySource(FactFormatter.FormatSource(article), article.Url);
    }

    private Reply ComposeChoice(IReadOnlyList<Fact> candidates)
    {
        var shown = candidates.Take(MaxListed).ToArray();
        var lead = shown.Length == 2 ? "I know two figures that fit." : "I know several figures that fit.";
        return ComposeList(lead + " Which one did you mean?", shown, withButtons: true);
    }

    private Reply ComposeNotFound(IReadOnlyList<Fact> suggestions, NotFoundReason reason)
    {
        var blocks = new List<ReplyBlock>
        {
            ReplyBlock.Text("Sorry, I don't have a figure for that. " + (ExplainNotFound(reason) ?? DescribeSources())),
        };
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
                return "I only know China's MOOC figures, from " + string.Join(" and ", sources) + ".";
            case NotFoundReason.OtherTime when repository.Facts.Count > 0:
                // The date most figures are as of: the few dated otherwise (a launch year, the publication day) are not "my figures".
                var asOf = repository.Facts
                    .GroupBy(f => f.AsOf, StringComparer.Ordinal)
                    .OrderByDescending(g => g.Count())
                    .ThenByDescending(g => g.Key, StringComparer.Ordinal)
                    .First().Key;
                return "My figures are as of " + FactFormatter.FormatAsOf(asOf) + "; I don't have figures for other years.";
            case NotFoundReason.WorldTotal:
                return "I only know China's figures and its world ranking.";
            default:
                return null;
        }
    }

    /// <summary>"I only know the MOOC figures reported by People's Daily (figures from the Ministry of Education)." from the repository's articles.</summary>
    private string DescribeSources()
    {
        var sources = _repository().Articles
            .OrderBy(a => a.Date)
            .Select(a => FactFormatter.FormatDataFrom(a) is { } from ? a.Publisher + " (figures from " + from + ")" : a.Publisher)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        return sources.Length == 0
            ? "I only know the MOOC figures in my fact repository."
            : "I only know the MOOC figures reported by " + string.Join(" and ", sources) + ".";
    }

    private static ReplyBlock ListItem(Fact fact) => new(ReplyBlockKind.ListItem,
    [
        new ReplySpan(fact.Display, SpanStyle.Bold),
        new ReplySpan(" — " + fact.Counts),
    ]);

    private static ReplyButton FactButton(Fact fact) => new(FactText.ButtonLabel(fact.Counts), "/fact " + fact.Id);

    private static ReplyBlock SourceBlock(ReplySource source) =>
        new(ReplyBlockKind.Source, [new ReplySpan("Source: " + source.Text, SpanStyle.Italic, source.Url)]);
}
