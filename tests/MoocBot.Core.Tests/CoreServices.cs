using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests;

/// <summary>Core composed over a repository (a copy of <c>data/</c> changed by a test), on the system clock, logging nothing.</summary>
internal static class CoreServices
{
    public static ServiceProvider Over(FactRepository repository) =>
        new ServiceCollection()
            .AddSingleton(TimeProvider.System)
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddMoocBotCore(repository)
            .BuildServiceProvider();
}
