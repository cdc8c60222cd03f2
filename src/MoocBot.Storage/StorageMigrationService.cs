using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace MoocBot.Storage;

/// <summary>Brings the database schema up to date when the host starts, before anything else uses the store.</summary>
internal sealed class StorageMigrationService(IMigratingStore store, ILogger<StorageMigrationService> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var schema = await store.MigrateAsync(cancellationToken);
        Log.StorageReady(logger, store.Provider, schema.Version, schema.Applied);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
