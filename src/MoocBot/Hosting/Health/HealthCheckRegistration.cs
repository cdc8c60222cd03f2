using System.Runtime.CompilerServices;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using MoocBot.Core.Settings;

namespace MoocBot.Hosting.Health;

/// <summary>Adds the bot's health checks: facts, store and (in the running bot) platforms.</summary>
internal static class HealthCheckRegistration
{
    /// <param name="builder">The host being composed.</param>
    /// <param name="platforms">Whether the platforms' receiving components are checked (the running bot).</param>
    /// <param name="checks">
    /// Whether the checks are added at all; the settings are read and validated either way, so a mistyped one stops the
    /// bot even when no /healthz is served.
    /// </param>
    public static IHostApplicationBuilder AddMoocBotHealth(this IHostApplicationBuilder builder, bool platforms, bool checks = true)
    {
        builder.Services.AddMoocBotSettings<HealthOptions, HealthOptionsValidator>(builder.Configuration, HealthOptions.SectionName);
        if (checks)
        {
            AddChecks(builder.Services, platforms);
        }

        return builder;
    }

    // Its own method, so that a bot without /healthz does not load the health-check assemblies (README, issue 11).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddChecks(IServiceCollection services, bool platforms)
    {
        var registered = services.AddHealthChecks()
            .AddCheck<FactsHealthCheck>(FactsHealthCheck.Name, HealthStatus.Unhealthy)
            .AddCheck<StoreHealthCheck>(StoreHealthCheck.Name, HealthStatus.Unhealthy);
        if (platforms)
        {
            registered.AddCheck<PlatformsHealthCheck>(PlatformsHealthCheck.Name, HealthStatus.Unhealthy);
        }
    }
}
