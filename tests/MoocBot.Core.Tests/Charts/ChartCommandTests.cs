using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MoocBot.Core.Charts;
using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;
using MoocBot.Core.Tests.Charts.Fakes;
using MoocBot.Core.Tests.Conversations;

namespace MoocBot.Core.Tests.Charts;

public sealed class ChartCommandTests
{
    private static readonly FactRepository Repository = FactRepositoryLoader.Load(TestData.FactsPath);

    private readonly RecordingChartRenderer _renderer = new();

    [Theory]
    [InlineData("/history national.moocs")]
    [InlineData("/history how many moocs")]
    [InlineData("/history national_moocs")]
    public async Task HandleAsync_HistoryOfAMeasure_ListsEveryObservationOldestFirstWithSourcesAndTheChart(string text)
    {
        var reply = await Router(_renderer).HandleAsync(RouterFactory.Private(text), CancellationToken.None);

        var lines = reply!.ToPlainText().Split('\n');
        Assert.Equal("MOOCs in China: 8 figures, oldest first", lines[0]);
        Assert.Equal("• more than 3,200 — Dec 2017, reported by China News Service, 24 Jan 2018", lines[1]);
        Assert.StartsWith("• 62,000 — Nov 2022, People's Daily, 2 Jan 2023: “The reporter learned", lines[6], StringComparison.Ordinal);
        Assert.StartsWith("• more than 97,000 — Dec 2024, reported by Xinhua", lines[8], StringComparison.Ordinal);
        Assert.Equal("national.moocs.png", reply.Image!.FileName);
        var series = Assert.Single(Assert.Single(_renderer.Requests).Series);
        Assert.Equal(8, series.Points.Count);
        Assert.Equal("Xinhua, 13 Dec 2024", series.PointsByDate()[^1].Source);
    }

    [Fact]
    public async Task HandleAsync_HistoryOfAMeasureWithOneObservation_SaysOnlyOneFigureAndStillShowsIt()
    {
        var reply = await Router(_renderer).HandleAsync(RouterFactory.Private("/history national.platforms"), CancellationToken.None);

        var text = reply!.ToPlainText();
        Assert.StartsWith("Online course platforms in China: only one figure so far", text, StringComparison.Ordinal);
        Assert.Contains("more than 30 — Dec 2024, reported by Global Times", text, StringComparison.Ordinal);
        Assert.NotNull(reply.Image);
    }

    [Theory]
    [InlineData("/history no.such.measure")]
    [InlineData("/chart what is the weather on mars")]
    public async Task HandleAsync_UnknownMeasure_SaysSoPolitelyAndHowToNameOne(string text)
    {
        var reply = await Router(_renderer).HandleAsync(RouterFactory.Private(text), CancellationToken.None);

        var plain = reply!.ToPlainText();
        Assert.StartsWith("Sorry, I don't know a figure called", plain, StringComparison.Ordinal);
        Assert.Contains("for example /" + text[1..text.IndexOf(' ', StringComparison.Ordinal)] + " national.moocs", plain, StringComparison.Ordinal);
        Assert.Null(reply.Image);
        Assert.Empty(_renderer.Requests);
    }

    [Fact]
    public async Task HandleAsync_ChartOfAMeasure_SendsTheLineChartWithAShortCaption()
    {
        var reply = await Router(_renderer).HandleAsync(RouterFactory.Private("/chart national.learners"), CancellationToken.None);

        var caption = Assert.Single(reply!.Blocks).PlainText;
        Assert.StartsWith("MOOC learners (person-times): 6 figures from ", caption, StringComparison.Ordinal);
        Assert.Equal("national.learners", Assert.Single(Assert.Single(_renderer.Requests).Series).MeasureId);
        Assert.Equal(RecordingChartRenderer.PngSignature, reply.Image!.Png.ToArray());
    }

    [Fact]
    public async Task HandleAsync_ChartWithoutArgument_DrawsTheMeasuresWithTheMostObservationsSideBySide()
    {
        var reply = await Router(_renderer).HandleAsync(RouterFactory.Private("/chart"), CancellationToken.None);

        var request = Assert.Single(_renderer.Requests);
        var expected = Repository.Measures.Where(m => m.Observations.Count > 1).OrderByDescending(m => m.Observations.Count).Take(MeasureChart.HeadlineCount).Select(m => m.Id);
        Assert.Equal(expected, request.Series.Select(s => s.MeasureId));
        Assert.Equal("national.moocs", request.Series[0].MeasureId);
        Assert.Equal("figures.png", reply!.Image!.FileName);
        Assert.Contains("MOOCs in China", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ChartWithoutARenderer_SaysChartsAreNotAvailable()
    {
        var reply = await Router(null).HandleAsync(RouterFactory.Private("/chart national.moocs"), CancellationToken.None);

        Assert.Equal("Sorry, I can't draw charts here. /history gives a figure's values as text.", reply!.ToPlainText());
    }

    [Theory]
    [InlineData("/fact national.moocs", true)]
    [InlineData("how many moocs are there?", true)]
    [InlineData("/fact national.platforms", false)]
    public async Task HandleAsync_AnsweredFigure_HasAHistoryButtonOnlyWithTwoOrMoreObservations(string text, bool expected)
    {
        var reply = await Router(_renderer).HandleAsync(RouterFactory.Private(text), CancellationToken.None);

        Assert.Equal(expected, reply!.Buttons.Any(b => b is { Label: "History" } && b.Command == "/history " + reply.Figure!.FactId));
    }

    private static ConversationRouter Router(IChartRenderer? renderer)
    {
        var services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        if (renderer is not null)
        {
            services.AddSingleton(renderer);
        }

        return services.AddMoocBotCore(Repository).BuildServiceProvider().GetRequiredService<ConversationRouter>();
    }
}
