namespace MoocBot.Core.Diagnostics;

/// <summary>A cheap check that the store answers, for /healthz and the health verb.</summary>
public interface IStoreProbe
{
    /// <summary>Runs one cheap query; throws when the store cannot be reached.</summary>
    Task<StoreProbeResult> ProbeAsync(CancellationToken cancellationToken);
}
