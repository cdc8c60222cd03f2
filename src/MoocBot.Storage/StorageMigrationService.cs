using System.Data.Common;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using MoocBot.Core.Diagnostics;

namespace MoocBot.Storage;

/// <summary>
/// Brings the database schema up to date when the host starts, before anything else uses the store. A database that
/// cannot be reached (PostgreSQL still starting, a network not up yet) does not stop the bot: the migration is tried
/// again with growing waits and a log line each time, /healthz reports the store unhealthy meanwhile, and the store is
/// used as soon as it answers. A database the bot cannot use at all (a newer schema) still stops the start.
/// </summary>
internal sealed class StorageMigrationService : IHostedService, IDisposable
{
    private readonly IMigratingStore _store;
    private readonly ILogger<StorageMigrationService> _logger;
    private readonly StartupRetry _retry;

    public StorageMigrationService(IMigratingStore store, TimeProvider timeProvider, ILogger<StorageMigrationService> logger)
    {
        _store = store;
        _logger = logger;
        _retry = new StartupRetry(MigrateAsync, ex => ex is DbException or StoreUnavailableException or TimeoutException, Failed, timeProvider);
    }

    /// <summary>Completes when the schema is ready, or retrying has begun in the background.</summary>
    internal Task Retries => _retry.Done;

    public Task StartAsync(CancellationToken cancellationToken) => _retry.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => _retry.StopAsync(cancellationToken);

    public void Dispose() => _retry.Dispose();

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var schema = await _store.MigrateAsync(cancellationToken);
        Log.StorageReady(_logger, _store.Provider, schema.Version, schema.Applied);
    }

    // One line per attempt, without the stack trace: the reason is the driver's message (which names the host, never the password).
    private void Failed(int attempt, TimeSpan delay, Exception exception) =>
        Log.StorageUnreachable(_logger, _store.Provider, attempt, exception.GetBaseException().Message, delay);
}
