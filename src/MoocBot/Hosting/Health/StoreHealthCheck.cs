using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using MoocBot.Core.Diagnostics;

namespace MoocBot.Hosting.Health;

/// <summary>
/// The store answers a cheap query and accepts a write (one that changes nothing) within <see cref="HealthOptions.StoreTimeout"/>,
/// and its file, for SQLite, is still the one opened at start.
/// </summary>
internal sealed class StoreHealthCheck(IStoreProbe probe, IOptions<HealthOptions> options, TimeProvider timeProvider) : IHealthCheck
{
    public const string Name = "store";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var timeout = options.Value.StoreTimeout;
        using var deadline = new CancellationTokenSource(timeout, timeProvider);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(deadline.Token, cancellationToken);
        try
        {
            // WaitAsync as well: a probe that ignores its token still cannot hold the check past the deadline.
            var found = await probe.ProbeAsync(linked.Token).WaitAsync(linked.Token);
            var data = new Dictionary<string, object>
            {
                ["provider"] = found.Provider,
                ["schemaVersion"] = found.SchemaVersion,
                ["latestSchemaVersion"] = found.LatestSchemaVersion,
            };
            return found.SchemaVersion < found.LatestSchemaVersion
                ? HealthCheckResult.Healthy($"{found.Provider} answers; its schema (version {found.SchemaVersion}) is brought to version {found.LatestSchemaVersion} when the bot starts.", data)
                : HealthCheckResult.Healthy($"{found.Provider} answers, schema version {found.SchemaVersion}.", data);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"The store did not answer within {timeout.TotalSeconds:0.###} s.");
        }
        catch (StoreUnavailableException ex)
        {
            return HealthCheckResult.Unhealthy(ex.Message);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The type and message only: a driver's message names the host, never the password.
            return HealthCheckResult.Unhealthy($"The store cannot be reached: {ex.GetType().Name}: {ex.Message}");
        }
    }
}
