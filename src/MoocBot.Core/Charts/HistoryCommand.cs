using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Charts;

/// <summary>/history: every observation of a measure, oldest first, with its source; and the line chart when the host can draw one.</summary>
internal sealed class HistoryCommand(MeasureLookup lookup, IChartRenderer? renderer = null) : IChatCommand
{
    public ChatCommandInfo Info { get; } = ChatCommandInfo.ForFact(
        "history", "Every reported value of a figure, oldest first, with a chart", "measure", "which figure: its id or a few words", "/history national.moocs");

    public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var language = context.Language;
        var (measure, repository, reply) = lookup.Resolve(context.Arguments, Info.Name, language);
        if (measure is null)
        {
            return Task.FromResult(reply!);
        }

        var count = measure.Observations.Count;
        var label = language == ChatLanguage.Chinese ? ChineseFactFormatter.Label(measure) : measure.Label;
        var blocks = new List<ReplyBlock>
        {
            new(ReplyBlockKind.Heading, [new ReplySpan(count == 1
                ? MessageCatalogue.Get("history.heading.one", language, label)
                : MessageCatalogue.Get("history.heading", language, label, count))]),
        };
        blocks.AddRange(measure.Observations.Select(o => Line(measure.ToFact(o), repository, language)));
        return Task.FromResult(new Reply
        {
            Blocks = blocks,
            Image = renderer is not null && MeasureChart.CanDraw(measure)
                ? renderer.RenderReplyImage(MeasureChart.ForMeasure(measure, repository, language))
                : null,
            Buttons = [new ReplyButton(MessageCatalogue.Get("button.figure", language), "/fact " + measure.Id)],
            Language = language,
        });
    }

    /// <summary>
    /// "more than 97,000 — Dec 2024, reported by Xinhua, 13 Dec 2024", or for an article "… — Nov 2022, People's Daily, 2 Jan 2023: “…”";
    /// in Chinese "超过9.7万门 — 2024年12月，新华社报道，2024年12月13日", the article's sentence as stored.
    /// </summary>
    private static ReplyBlock Line(Fact fact, FactRepository repository, ChatLanguage language)
    {
        var chinese = language == ChatLanguage.Chinese;
        var asOf = chinese ? ChineseFactFormatter.FormatAsOf(fact.AsOf) : FactFormatter.FormatShortAsOf(fact.AsOf);
        var source = repository.FindSource(fact);
        var publisher = source is null ? fact.SourceId
            : chinese ? ChineseFactFormatter.ShortPublisher(source.Publisher) : FactFormatter.ShortPublisher(source.Publisher);
        var date = source is null ? null
            : (chinese ? "，" : ", ") + (chinese ? ChineseFactFormatter.FormatAsOf(source.Date) : FactFormatter.FormatPublished(source.Date));
        var where = fact.Evidence is ArticleQuote quote
            ? publisher + date + (chinese ? "：原文“" : ": “") + quote.Quote + "”"
            : MessageCatalogue.Get("history.reported-by", language, publisher) + date;
        var figure = chinese ? ChineseFactFormatter.FormatFigure(fact) : fact.Display;
        return new ReplyBlock(ReplyBlockKind.ListItem, [new ReplySpan(figure, SpanStyle.Bold), new ReplySpan(" — " + asOf + (chinese ? "，" : ", ") + where)]);
    }
}
