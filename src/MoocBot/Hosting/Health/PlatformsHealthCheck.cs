using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using MoocBot.Core.Diagnostics;

namespace MoocBot.Hosting.Health;

/// <summary>
/// Each platform component's last success and failure from <see cref="BotHealth"/>. A receiving component
/// (a name ending in ".poll" or ".gateway": it succeeds on every poll or acknowledged heartbeat) makes the bot
/// unhealthy when it has been failing for <see cref="HealthOptions.FailingAfter"/> or silent for
/// <see cref="HealthOptions.StaleAfter"/>; any other failing component (a send, a REST call) only degrades it,
/// since one refused message says little about the bot.
/// </summary>
internal sealed class PlatformsHealthCheck(BotHealth health, IOptions<HealthOptions> options, TimeProvider timeProvider) : IHealthCheck
{
    public const string Name = "platforms";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var now = timeProvider.GetUtcNow();
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        var unhealthy = new List<string>();
        var degraded = new List<string>();
        foreach (var component in health.Snapshot())
        {
            var state = StateOf(component, now);
            data[component.Name] = new Dictionary<string, object?>
            {
                ["status"] = state,
                ["lastSuccess"] = component.LastSuccess,
                ["lastFailure"] = component.LastFailure,
                ["failingSince"] = component.FailingSince,
                ["lastError"] = component.LastError,
            };
            switch (state)
            {
                case "failing" or "silent":
                    unhealthy.Add($"{component.Name} {(state == "silent" ? "silent since " + Ago(now - component.LastSuccess!.Value) : "failing for " + Ago(now - component.FailingSince!.Value))}");
                    break;
                case "degraded":
                    degraded.Add($"{component.Name} failed: {component.LastError}");
                    break;
            }
        }

        var result = unhealthy.Count > 0
            ? HealthCheckResult.Unhealthy(string.Join("; ", unhealthy.Concat(degraded)), data: data)
            : degraded.Count > 0
                ? HealthCheckResult.Degraded(string.Join("; ", degraded), data: data)
                : HealthCheckResult.Healthy(data.Count == 0 ? "No platform has reported yet." : "Every platform component's last report was a success.", data);
        return Task.FromResult(result);
    }

    /// <summary>"ok", "degraded" (failing for now), "failing" (a receiving component failing too long) or "silent" (no success for too long).</summary>
    internal string StateOf(ComponentHealth component, DateTimeOffset now)
    {
        var receiving = component.Name.EndsWith(".poll", StringComparison.Ordinal) || component.Name.EndsWith(".gateway", StringComparison.Ordinal);
        if (component.FailingSince is { } since)
        {
            return receiving && now - since >= options.Value.FailingAfter ? "failing" : "degraded";
        }

        return receiving && component.LastSuccess is { } last && now - last >= options.Value.StaleAfter ? "silent" : "ok";
    }

    private static string Ago(TimeSpan span) => span.TotalMinutes >= 1 ? $"{span.TotalMinutes:0.#} min" : $"{span.TotalSeconds:0} s";
}
