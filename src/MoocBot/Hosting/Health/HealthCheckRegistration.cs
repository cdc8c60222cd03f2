using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using MoocBot.Core.Settings;

namespace MoocBot.Hosting.Health;

/// <summary>Adds the bot's health checks: facts, store and (in the running bot) platforms.</summary>
internal static class HealthCheckRegistration
{
    public static IHostApplicationBuilder AddMoocBotHealth(this IHostApplicationBuilder builder, bool platforms)
    {
        builder.Services.AddMoocBotSettings<HealthOptions, HealthOptionsValidator>(builder.Configuration, HealthOptions.SectionName);
        var checks = builder.Services.AddHealthChecks()
            .AddCheck<FactsHealthCheck>(FactsHealthCheck.Name, HealthStatus.Unhealthy)
            .AddCheck<StoreHealthCheck>(StoreHealthCheck.Name, HealthStatus.Unhealthy);
        if (platforms)
        {
            checks.AddCheck<PlatformsHealthCheck>(PlatformsHealthCheck.Name, HealthStatus.Unhealthy);
        }

        return builder;
    }
}
