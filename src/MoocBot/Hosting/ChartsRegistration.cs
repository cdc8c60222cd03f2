using Microsoft.Extensions.DependencyInjection;
using MoocBot.Charts;
using MoocBot.Core.Charts;
using MoocBot.Terminal;

namespace MoocBot.Hosting;

/// <summary>Charts in the composition root.</summary>
internal static class ChartsRegistration
{
    /// <summary>The renderer behind <see cref="IChartRenderer"/> (what Core's commands ask for) and chart files for the console and command line.</summary>
    public static IServiceCollection AddMoocBotChartFiles(this IServiceCollection services) =>
        services.AddMoocBotCharts().AddSingleton(sp => new ChartFiles(sp.GetRequiredService<IChartRenderer>()));
}
