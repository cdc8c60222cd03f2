using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace MoocBot.Hosting.Health;

/// <summary>Adds the bot's health checks: facts, store and (in the running bot) platforms.</summary>
internal static class HealthCheckRegistration
{
    public static IServiceCollection AddMoocBotHealthChecks(this IServiceCollection services, bool platforms)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var checks = services.AddHealthChecks()
            .AddCheck<FactsHealthCheck>(FactsHealthCheck.Name, HealthStatus.Unhealthy)
            .AddCheck<StoreHealthCheck>(StoreHealthCheck.Name, HealthStatus.Unhealthy);
        if (platforms)
        {
            checks.AddCheck<PlatformsHealthCheck>(PlatformsHealthCheck.Name, HealthStatus.Unhealthy);
        }

        return services;
    }
}
