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
        var language = context.Language;
        if (renderer is null)
        {
            return Task.FromResult(ReplyComposer.ComposePrivateText(MessageCatalogue.Get("chart.no-renderer", language)) with { Language = language });
        }

        return Task.FromResult(context.Arguments.Length == 0 ? Headline(renderer, language) : OneMeasure(renderer, context.Arguments, language));
    }

    private Reply Headline(IChartRenderer drawer, ChatLanguage language)
    {
        var repository = facts.Repository;
        if (MeasureChart.HeadlineRequest(repository, language) is not { } request)
        {
            return ReplyComposer.ComposeText(MessageCatalogue.Get("chart.no-history", language)) with { Language = language };
        }

        var labels = request.Series.Select(s => s.Label).ToArray();
        var joined = string.Join(MessageCatalogue.Get("list.comma", language), labels[..^1]) + (labels.Length > 1 ? MessageCatalogue.Get("list.and", language) : string.Empty) + labels[^1];
        return new Reply
        {
            Blocks = [ReplyBlock.Text(MessageCatalogue.Get("chart.headline", language, request.Title, joined))],
            Image = drawer.RenderReplyImage(request),
            Buttons = [.. request.Series.Select(s => new ReplyButton(FactText.ButtonLabel(s.Label), "/chart " + s.MeasureId))],
            Language = language,
        };
    }

    private Reply OneMeasure(IChartRenderer drawer, string argument, ChatLanguage language)
    {
        var (measure, repository, reply) = lookup.Resolve(argument, Info.Name, language);
        if (measure is null)
        {
            return reply!;
        }

        var chinese = language == ChatLanguage.Chinese;
        var label = chinese ? ChineseFactFormatter.Label(measure) : measure.Label;
        var latest = measure.ToFact(measure.Latest);
        var source = repository.FindSource(latest);
        var brief = chinese
            ? source is null ? ChineseFactFormatter.FormatFigure(latest) : ChineseFactFormatter.FormatBrief(latest, source)
            : source is null ? latest.Display : FactFormatter.FormatBrief(latest, source);
        if (!MeasureChart.CanDraw(measure))
        {
            return ReplyComposer.ComposeText(MessageCatalogue.Get("chart.not-a-number", language, label, brief)) with { Language = language };
        }

        var request = MeasureChart.ForMeasure(measure, repository, language);
        var points = request.Series[0].PointsByDate();
        var caption = points.Count == 1
            ? MessageCatalogue.Get("chart.one", language, label, brief)
            : MessageCatalogue.Get("chart.many", language, label, points.Count, points[0].AsOfText, points[^1].AsOfText, brief);
        return new Reply
        {
            Blocks = [ReplyBlock.Text(caption)],
            Image = drawer.RenderReplyImage(request),
            Buttons = [new ReplyButton(MessageCatalogue.Get("button.history", language), "/history " + measure.Id)],
            Language = language,
        };
    }
}
