using Microsoft.Extensions.DependencyInjection;
using MoocBot.Core.Charts;

namespace MoocBot.Charts.Tests;

public sealed class ChartFontsTests
{
    [Fact]
    public void Choose_DejaVuInstalled_PrefersDejaVuSans() =>
        Assert.Equal("DejaVu Sans", ChartFonts.Choose(["DejaVu Serif", "DejaVu Sans Mono", "DejaVu Sans"]));

    [Fact]
    public void Choose_OnlyUnknownFamilies_TakesOneThatIsNotMonospace() =>
        Assert.Equal("Some Sans", ChartFonts.Choose(["Some Mono", "Some Sans"]));

    [Fact]
    public void Choose_NoFonts_Null() => Assert.Null(ChartFonts.Choose([]));

    [Fact]
    public void AddMoocBotCharts_ResolvesTheRenderer()
    {
        using var services = new ServiceCollection().AddMoocBotCharts().BuildServiceProvider();

        Assert.IsType<ScottPlotChartRenderer>(services.GetRequiredService<IChartRenderer>());
    }
}
