using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MoocBot.Core.Charts;

namespace MoocBot.Charts;

/// <summary>Registers the chart renderer (ScottPlot over SkiaSharp) behind <see cref="IChartRenderer"/>.</summary>
public static class ChartsServiceCollectionExtensions
{
    /// <summary>Adds <see cref="IChartRenderer"/>; Core commands ask for the interface and never see ScottPlot.</summary>
    public static IServiceCollection AddMoocBotCharts(this IServiceCollection services)
    {
        services.TryAddSingleton<IChartRenderer, ScottPlotChartRenderer>();
        return services;
    }
}
