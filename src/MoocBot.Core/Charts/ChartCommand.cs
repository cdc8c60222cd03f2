using MoocBot.Core.Answering;
using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Charts;

/// <summary>/chart: one measure as a line chart with a short caption; without an argument, the headline measures side by side.</summary>
internal sealed class ChartCommand(MeasureLookup lookup, CurrentFacts facts, IChartRenderer? renderer = null) : IChatCommand
{
    public ChatCommandInfo Info { get; } = new("chart", "A figure over time as a line chart; alone, the headline figures")
    {
        ArgumentName = "measure",
        ArgumentDescription = "which figure (its id or a few words); leave it out for the headline figures",
        ArgumentIsFact = true,
        Example = "/chart national.moocs",
    };

    public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (renderer is null)
        {
            return Task.FromResult(ReplyComposer.ComposePrivateText("Sorry, I can't draw charts here. /history gives a figure's values as text."));
        }

        return Task.FromResult(context.Arguments.Length == 0 ? Headline(renderer) : OneMeasure(renderer, context.Arguments));
    }

    private Reply Headline(IChartRenderer drawer)
    {
        var repository = facts.Repository;
        if (MeasureChart.HeadlineRequest(repository) is not { } request)
        {
            return ReplyComposer.ComposeText("No figure has more than one value yet, so there is nothing to compare over time.");
        }

        var labels = request.Series.Select(s => s.Label).ToArray();
        return new Reply
        {
            Blocks = [ReplyBlock.Text(request.Title + ": " + string.Join(", ", labels[..^1]) + (labels.Length > 1 ? " and " : string.Empty) + labels[^1] + ", each on its own scale.")],
            Image = drawer.RenderReplyImage(request),
            Buttons = [.. request.Series.Select(s => new ReplyButton(FactText.ButtonLabel(s.Label), "/chart " + s.MeasureId))],
        };
    }

    private Reply OneMeasure(IChartRenderer drawer, string argument)
    {
        var (measure, repository, reply) = lookup.Resolve(argument, Info.Name);
        if (measure is null)
        {
            return reply!;
        }

        var latest = measure.ToFact(measure.Latest);
        var brief = repository.FindSource(latest) is { } source ? FactFormatter.FormatBrief(latest, source) : latest.Display;
        if (!MeasureChart.CanDraw(measure))
        {
            return ReplyComposer.ComposeText(measure.Label + " is not a number I can draw: " + brief + ".");
        }

        var series = MeasureChart.SeriesOf(measure, repository);
        var points = series.PointsByDate();
        var caption = points.Count == 1
            ? measure.Label + ": only one figure so far, " + brief + "."
            : $"{measure.Label}: {points.Count} figures from {points[0].AsOfText} to {points[^1].AsOfText}; the newest is {brief}.";
        return new Reply
        {
            Blocks = [ReplyBlock.Text(caption)],
            Image = drawer.RenderReplyImage(ChartRequest.ForMeasure(series)),
            Buttons = [new ReplyButton("History", "/history " + measure.Id)],
        };
    }
}
