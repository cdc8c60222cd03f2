using System.Globalization;
using MoocBot.Core.Answering;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Conversations;

/// <summary>
/// <see cref="ReplyComposer"/>'s replies to questions, written in Chinese: the measure's Chinese wording from the
/// repository, figures in 万/亿, dates as 2022年11月, the source line in Chinese. An article's sentence is shown as
/// it is stored, marked as the original; a wording the repository keeps only in English is shown in English.
/// </summary>
internal sealed class ChineseReplyComposer(
    Func<Fact, FactSource> sourceOf,
    Func<FactRepository> repository,
    IReadOnlyList<IFactReplyExtension> extensions)
{
    private const int MaxListed = 8;

    public Reply ComposeAnswer(Answer answer) => answer.Status switch
    {
        AnswerStatus.Answered when answer.Time is { Outcome: TimeOutcome.Change, From: { } from } time => ComposeChange(time.Measure, from, answer.Facts[0], time.Change),
        AnswerStatus.Answered => ComposeFact(answer.Facts[0]),
        AnswerStatus.Ambiguous => ComposeChoice(answer.Facts),
        _ => ComposeNotFound(answer.Suggestions, answer.Reason, answer.Time),
    };

    /// <summary>"中国慕课数量：6.2万门（截至2022年11月）。", the notes, the original sentence, the source and the other figure.</summary>
    public Reply ComposeFact(Fact fact)
    {
        var asOf = ChineseFactFormatter.FormatAsOf(fact.AsOf);
        var figure = ChineseFactFormatter.FormatFigure(fact);
        var blocks = new List<ReplyBlock>
        {
            new(ReplyBlockKind.Paragraph,
            [
                new ReplySpan(ChineseFactFormatter.Counts(fact) + "："),
                new ReplySpan(figure, SpanStyle.Bold),
                new ReplySpan("（截至" + asOf + "）。"),
            ]),
        };
        blocks.AddRange(Notes(fact));
        if (fact.Evidence is ArticleQuote quote)
        {
            blocks.Add(Original(quote));
        }

        var source = SourceOf(fact);
        blocks.Add(SourceBlock("来源：", source));
        if (OtherObservation(fact) is { } other)
        {
            blocks.Add(ReplyBlock.Text(other));
        }

        return new Reply
        {
            Blocks = blocks,
            Figure = new ReplyFigure(fact.Id, ChineseFactFormatter.Counts(fact), figure, asOf),
            Source = source,
            Language = ChatLanguage.Chinese,
            Buttons =
            [
                new ReplyButton("出处", "/source " + fact.Id),
                new ReplyButton("相关", "/related " + fact.Id),
                .. ReplyComposer.HistoryButtons(repository(), fact, "历史"),
                .. extensions.SelectMany(e => e.ButtonsFor(fact, ChatLanguage.Chinese)),
            ],
        };
    }

    private Reply ComposeChange(Measure measure, Observation from, Fact to, FigureChange? change)
    {
        var older = measure.ToFact(from);
        var olderAsOf = ChineseFactFormatter.FormatAsOf(older.AsOf);
        var blocks = new List<ReplyBlock>
        {
            new(ReplyBlockKind.Paragraph,
            [
                new ReplySpan(ChineseFactFormatter.Counts(to) + "："),
                new ReplySpan(ChineseFactFormatter.FormatFigure(older), SpanStyle.Bold),
                new ReplySpan("（截至" + olderAsOf + "）→ "),
                new ReplySpan(ChineseFactFormatter.FormatFigure(to), SpanStyle.Bold),
                new ReplySpan("（截至" + ChineseFactFormatter.FormatAsOf(to.AsOf) + "）。"),
            ]),
        };
        if (change is not null)
        {
            blocks.Add(ReplyBlock.Text("较" + olderAsOf + Describe(change) + "，为我根据两个数字计算所得（没有来源报道这一变化）。"));
            if (change.IsApproximate)
            {
                blocks.Add(new ReplyBlock(ReplyBlockKind.Paragraph,
                    [new ReplySpan("这两个数字带有“超过”“约”“近”等限定，所以变化只是大约值。", SpanStyle.Italic)]));
            }
        }

        foreach (var note in new[] { Caveat(older), Caveat(to) }.OfType<string>().Distinct(StringComparer.Ordinal))
        {
            blocks.Add(new ReplyBlock(ReplyBlockKind.Paragraph, [new ReplySpan(note, SpanStyle.Italic)]));
        }

        var source = SourceOf(to);
        blocks.Add(SourceBlock("来源（" + olderAsOf + "）：", SourceOf(older)));
        blocks.Add(SourceBlock("来源（" + ChineseFactFormatter.FormatAsOf(to.AsOf) + "）：", source));
        return new Reply
        {
            Blocks = blocks,
            Figure = new ReplyFigure(to.Id, ChineseFactFormatter.Counts(to), ChineseFactFormatter.FormatFigure(to), ChineseFactFormatter.FormatAsOf(to.AsOf)),
            Source = source,
            Language = ChatLanguage.Chinese,
            Buttons = [new ReplyButton("出处", "/source " + to.Id), new ReplyButton("相关", "/related " + to.Id), .. extensions.SelectMany(e => e.ButtonsFor(to, ChatLanguage.Chinese))],
        };
    }

    /// <summary>"增加约6.3万（约+185%）", "减少2个百分点", "没有变化".</summary>
    private static string Describe(FigureChange change)
    {
        var about = change.IsApproximate ? "约" : string.Empty;
        if (change.Difference == 0)
        {
            return about + "没有变化";
        }

        var amount = ChineseFactFormatter.FormatNumber(Math.Abs(change.Difference)) + (change.Unit == Quantity.Percent ? "个百分点" : string.Empty);
        var percent = change.Percent is { } p
            ? "（" + about + (p > 0 ? "+" : "−") + ChineseFactFormatter.FormatNumber(Math.Abs(p)) + "%）"
            : string.Empty;
        return (change.Difference > 0 ? "增加" : "减少") + about + amount + percent;
    }

    /// <summary>
    /// Where a fact comes from: the article's sentence as stored, marked as the original, and the article; for a cited
    /// report, the figure it gives (its statement is our English summary, not a quotation) and the report.
    /// </summary>
    public Reply ComposeQuote(Fact fact)
    {
        var source = SourceOf(fact);
        var heading = new ReplyBlock(ReplyBlockKind.Heading, [new ReplySpan(ChineseFactFormatter.Counts(fact))]);
        return new Reply
        {
            Blocks = fact.Evidence switch
            {
                ArticleQuote quote =>
                [
                    heading,
                    Original(quote),
                    new ReplyBlock(ReplyBlockKind.Paragraph, [new ReplySpan(MessageCatalogue.Get("source.from", ChatLanguage.Chinese, sourceOf(fact).Title), SpanStyle.Italic)]),
                    SourceBlock("来源：", source),
                ],
                _ =>
                [
                    heading,
                    ReplyBlock.Text(MessageCatalogue.Get("source.report-figure", ChatLanguage.Chinese, ChineseFactFormatter.FormatFigure(fact), ChineseFactFormatter.FormatAsOf(fact.AsOf))),
                    new ReplyBlock(ReplyBlockKind.Paragraph, [new ReplySpan(MessageCatalogue.Get("source.in-our-words", ChatLanguage.Chinese), SpanStyle.Italic)]),
                    SourceBlock("来源：", source),
                ],
            },
            Source = source,
            Language = ChatLanguage.Chinese,
            Buttons = [new ReplyButton(MessageCatalogue.Get("button.figure", ChatLanguage.Chinese), "/fact " + fact.Id)],
        };
    }

    /// <summary>Facts under a heading, each with its figure in Chinese; each with its date and source when they differ, else one source line.</summary>
    public Reply ComposeList(string heading, IReadOnlyList<Fact> facts, bool withButtons)
    {
        var blocks = new List<ReplyBlock> { new(ReplyBlockKind.Heading, [new ReplySpan(heading)]) };
        var sources = facts.Select(SourceOf).DistinctBy(s => s.Text).ToList();
        blocks.AddRange(facts.Select(f => ListItem(f, sources.Count > 1)));
        if (sources.Count == 1)
        {
            blocks.Add(SourceBlock("来源：", sources[0]));
        }

        return new Reply
        {
            Blocks = blocks,
            Source = sources.Count == 1 ? sources[0] : null,
            Language = ChatLanguage.Chinese,
            Buttons = withButtons ? [.. facts.Take(MaxListed).Select(FactButton)] : [],
        };
    }

    private Reply ComposeChoice(IReadOnlyList<Fact> candidates)
    {
        var shown = candidates.Take(MaxListed).ToArray();
        return ComposeList((shown.Length == 2 ? "有两个数据符合。" : "有几个数据符合。") + "你指的是哪一个？", shown, withButtons: true);
    }

    private Reply ComposeNotFound(IReadOnlyList<Fact> suggestions, NotFoundReason reason, TimeSelection? time)
    {
        var blocks = new List<ReplyBlock>
        {
            ReplyBlock.Text("抱歉，我没有这方面的数据。" + (ExplainTime(time) ?? ExplainNotFound(reason) ?? DescribeSources())),
        };
        if (time is { Outcome: TimeOutcome.Between })
        {
            blocks.Add(ReplyBlock.Text("最接近的数据："));
            blocks.AddRange(suggestions.Select(f => ListItem(f, withSource: true)));
            blocks.Add(new ReplyBlock(ReplyBlockKind.Paragraph, [new ReplySpan("我不会在两个公布的数字之间估算。", SpanStyle.Italic)]));
            return new Reply { Blocks = blocks, Buttons = [FactButton(suggestions[^1])], Language = ChatLanguage.Chinese };
        }

        if (suggestions.Count > 0)
        {
            blocks.Add(ReplyBlock.Text("也许是这些："));
            blocks.AddRange(suggestions.Take(3).Select(f => new ReplyBlock(ReplyBlockKind.ListItem, [new ReplySpan(ChineseFactFormatter.Counts(f))])));
        }

        blocks.Add(new ReplyBlock(ReplyBlockKind.Paragraph,
        [
            new ReplySpan("发送 "),
            new ReplySpan("/topics", SpanStyle.Code),
            new ReplySpan(" 看看我了解哪些数据，或发送 "),
            new ReplySpan("/help", SpanStyle.Code),
            new ReplySpan("。"),
        ]));
        return new Reply { Blocks = blocks, Buttons = [.. suggestions.Take(3).Select(FactButton)], Language = ChatLanguage.Chinese };
    }

    /// <summary>"关于中国慕课数量，我没有2021年的数字。" or "关于……，我有2017年12月到2024年12月的数字，没有2015年的。"; null when no measure was named.</summary>
    private static string? ExplainTime(TimeSelection? time)
    {
        if (time is null)
        {
            return null;
        }

        var label = ChineseFactFormatter.Label(time.Measure);
        var asked = time.Scope.At is { } at ? Format(at) : null;
        var none = asked is null ? "，没有未来的。" : "，没有" + asked + "的。";
        return time.Outcome switch
        {
            TimeOutcome.Between => "关于" + label + "，我没有" + asked + "的数字。",
            TimeOutcome.Outside when time.Measure.Observations.Count > 1 => "关于" + label + "，我有" + Range(time.Measure) + "的数字" + none,
            TimeOutcome.Outside => "关于" + label + "，我只有截至" + Range(time.Measure) + "的数字" + none,
            _ => null,
        };
    }

    private string? ExplainNotFound(NotFoundReason reason)
    {
        var facts = repository();
        switch (reason)
        {
            case NotFoundReason.OtherCountry when facts.Articles.Count > 0:
                var articles = facts.Articles.OrderBy(a => a.Date).Select(a => ChineseNames.Translate(a.Publisher) + "（" + ChineseFactFormatter.FormatDate(a.Date) + "）");
                return "我只了解中国的慕课数据，来自" + string.Join("和", articles) + CitedReports(facts) + "。";
            case NotFoundReason.OtherTime when facts.Facts.Count > 0:
                return ReplyComposer.HistorySpan(facts) is var (first, last)
                    ? "我的数据从" + ChineseFactFormatter.FormatAsOf(first) + "到" + ChineseFactFormatter.FormatAsOf(last) + "，没有那个时间的数据。"
                    : "我的数据截至" + ChineseFactFormatter.FormatAsOf(ReplyComposer.CommonAsOf(facts)) + "，没有其他年份的数据。";
            case NotFoundReason.WorldTotal:
                return "我只了解中国的数据及其世界排名。";
            default:
                return null;
        }
    }

    /// <summary>"我只了解人民日报（数据来自教育部）报道的慕课数据，以及……的报道中引用的数据。"</summary>
    private string DescribeSources()
    {
        var facts = repository();
        var articles = facts.Articles
            .OrderBy(a => a.Date)
            .Select(a => ChineseNames.Translate(a.Publisher) + (string.IsNullOrWhiteSpace(a.DataFrom) ? string.Empty : "（数据来自" + ChineseNames.Translate(a.DataFrom) + "）"))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var publishers = facts.Reports
            .OrderBy(r => r.Published, StringComparer.Ordinal)
            .Select(r => ChineseFactFormatter.ShortPublisher(r.Publisher))
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        var cited = publishers.Length == 0 ? string.Empty : "，以及" + string.Join("、", publishers) + "的报道中引用的数据";
        return articles.Length == 0 && publishers.Length == 0
            ? "我只了解数据库里的慕课数据。"
            : articles.Length == 0
                ? "我只了解" + string.Join("、", publishers) + "的报道中引用的慕课数据。"
                : "我只了解" + string.Join("和", articles) + "报道的慕课数据" + cited + "。";
    }

    /// <summary>"和8篇引用的报道（2018年1月至2024年12月）", or nothing when the repository cites none.</summary>
    private static string CitedReports(FactRepository facts)
    {
        if (facts.Reports.Count == 0)
        {
            return string.Empty;
        }

        var dates = facts.Reports.Select(r => r.Published.Length > 7 ? r.Published[..7] : r.Published).Order(StringComparer.Ordinal).ToList();
        var first = ChineseFactFormatter.FormatAsOf(dates[0]);
        var last = ChineseFactFormatter.FormatAsOf(dates[^1]);
        return facts.Reports.Count == 1
            ? "和" + first + "的一篇报道"
            : "和" + facts.Reports.Count.ToString(CultureInfo.InvariantCulture) + "篇引用的报道（" + (first == last ? first : first + "至" + last) + "）";
    }

    /// <summary>"此前：6.2万门（2022年11月，人民日报）。" under the newest figure, "最新：……" under an older one.</summary>
    private string? OtherObservation(Fact fact)
    {
        if (ReplyComposer.OtherObservationOf(repository(), fact) is not var (isLatest, other, source))
        {
            return null;
        }

        return (isLatest ? "此前：" : "最新：") + ChineseFactFormatter.FormatBrief(other, source) + "。";
    }

    private ReplyBlock ListItem(Fact fact, bool withSource) => new(ReplyBlockKind.ListItem,
    [
        new ReplySpan(ChineseFactFormatter.FormatFigure(fact), SpanStyle.Bold),
        new ReplySpan((withSource ? "（" + ChineseFactFormatter.FormatAsOf(fact.AsOf) + "，" + ChineseFactFormatter.ShortPublisher(sourceOf(fact).Publisher) + "）" : string.Empty)
            + " — " + ChineseFactFormatter.Counts(fact)),
    ]);

    private ReplySource SourceOf(Fact fact)
    {
        var source = sourceOf(fact);
        return new ReplySource(ChineseFactFormatter.FormatSource(source), source.Url);
    }

    private static IEnumerable<ReplyBlock> Notes(Fact fact) =>
        new[] { Caveat(fact), fact.ChineseNote ?? fact.Note }
            .OfType<string>()
            .Where(n => n.Length > 0)
            .Select(n => new ReplyBlock(ReplyBlockKind.Paragraph, [new ReplySpan(n, SpanStyle.Italic)]));

    private static string? Caveat(Fact fact) => fact.ChineseObservationNote ?? fact.ObservationNote;

    /// <summary>The article's sentence as stored (in its own language), marked as the original.</summary>
    private static ReplyBlock Original(ArticleQuote quote) => new(ReplyBlockKind.Paragraph,
        [new ReplySpan("原文："), new ReplySpan("“" + quote.Quote + "”", SpanStyle.Italic)]);

    private static string Range(Measure measure)
    {
        var first = ChineseFactFormatter.FormatAsOf(measure.Observations[0].AsOf);
        var last = ChineseFactFormatter.FormatAsOf(measure.Latest.AsOf);
        return first == last ? first : first + "到" + last;
    }

    private static string Format(TimePoint point) => point.Month is { } month
        ? ChineseFactFormatter.FormatMonth(point.Year, month)
        : ChineseFactFormatter.FormatYear(point.Year);

    private static ReplyButton FactButton(Fact fact) => new(FactText.ButtonLabel(ChineseFactFormatter.Counts(fact)), "/fact " + fact.Id);

    private static ReplyBlock SourceBlock(string label, ReplySource source) =>
        new(ReplyBlockKind.Source, [new ReplySpan(label + source.Text, SpanStyle.Italic, source.Url)]);
}
