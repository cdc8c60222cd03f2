using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Charts;

/// <summary>/history: every observation of a measure, oldest first, with its source; and the line chart when the host can draw one.</summary>
internal sealed class HistoryCommand(MeasureLookup lookup, IChartRenderer? renderer = null) : IChatCommand
{
    public ChatCommandInfo Info { get; } = new("history", "Every reported value of a figure, oldest first, with a chart")
    {
        ArgumentName = "measure",
        ArgumentDescription = "which figure: its id or a few words",
        ArgumentRequired = true,
        ArgumentIsFact = true,
        Example = "/history national.moocs",
    };

    public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var (measure, repository, reply) = lookup.Resolve(context.Arguments, Info.Name);
        if (measure is null)
        {
            return Task.FromResult(reply!);
        }

        var count = measure.Observations.Count;
        var blocks = new List<ReplyBlock>
        {
            new(ReplyBlockKind.Heading, [new ReplySpan(measure.Label + (count == 1 ? ": only one figure so far" : $": {count} figures, oldest first"))]),
        };
        blocks.AddRange(measure.Observations.Select(o => Line(measure.ToFact(o), repository)));
        return Task.FromResult(new Reply
        {
            Blocks = blocks,
            Image = renderer is not null && MeasureChart.CanDraw(measure)
                ? renderer.RenderReplyImage(ChartRequest.ForMeasure(MeasureChart.SeriesOf(measure, repository)))
                : null,
            Buttons = [new ReplyButton("Figure", "/fact " + measure.Id)],
        });
    }

    /// <summary>"more than 97,000 — Dec 2024, reported by Xinhua, 13 Dec 2024", or for an article "… — Nov 2022, People's Daily, 2 Jan 2023: “…”".</summary>
    private static ReplyBlock Line(Fact fact, FactRepository repository)
    {
        var asOf = FactFormatter.FormatShortAsOf(fact.AsOf);
        var source = repository.FindSource(fact);
        var from = source is null ? fact.SourceId : FactFormatter.ShortPublisher(source.Publisher) + ", " + FactFormatter.FormatPublished(source.Date);
        var where = fact.Evidence is ArticleQuote quote ? from + ": “" + quote.Quote + "”" : "reported by " + from;
        return new ReplyBlock(ReplyBlockKind.ListItem, [new ReplySpan(fact.Display, SpanStyle.Bold), new ReplySpan(" — " + asOf + ", " + where)]);
    }
}
