using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Tests;
using MoocBot.Core.Diagnostics;
using MoocBot.Core.Notices;
using MoocBot.Storage;
using MoocBot.Storage.Tests;
using MoocBot.Tests.Fakes;
using MoocBot.Tests.Notices;
using Npgsql;

namespace MoocBot.Tests.Hosting;

/// <summary>PostgreSQL not reachable when the bot starts: a closed port on 127.0.0.1, then the real server behind it.</summary>
public sealed class BotHostDatabaseDownTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _time = TestClock.Create();
    private readonly FakeLogs _log = new();

    public void Dispose() => _log.Dispose();

    [Fact]
    public async Task Start_PostgresPortClosed_StartsRetryingAndHealthzIsUnhealthy()
    {
        using var closed = new TcpForwarder(new IPEndPoint(IPAddress.Loopback, 5432));
        await using var bot = await StartAsync($"Host=127.0.0.1;Port={closed.Port};Username=moocbot;Password=hunter2;Database=moocbot");

        var (status, store) = await StoreHealthAsync(bot);
        var migration = bot.Services.GetServices<IHostedService>().OfType<StorageMigrationService>().Single();

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("cannot be reached", store, StringComparison.Ordinal);
        Assert.False(migration.Retries.IsCompleted);
        var first = Assert.Single(_log.Lines, l => l.Contains("cannot be used yet (attempt 1", StringComparison.Ordinal));
        Assert.Contains("Warning", first, StringComparison.Ordinal);
        Assert.Contains("The Postgres store", first, StringComparison.Ordinal);
        Assert.Contains("trying again in 00:00:01", first, StringComparison.Ordinal);
        Assert.DoesNotContain(_log.Lines, l => l.Contains("hunter2", StringComparison.Ordinal));
    }

    [PostgresFact]
    public async Task Start_PostgresComesUpLater_MigratesPublishesAndTurnsHealthy()
    {
        var schema = "down_" + Guid.NewGuid().ToString("N");
        var real = new NpgsqlConnectionStringBuilder(await PostgresDatabase.CreateSchemaAsync(schema));
        try
        {
            var address = (await Dns.GetHostAddressesAsync(real.Host!))[0];
            using var forwarder = new TcpForwarder(new IPEndPoint(address, real.Port));
            var viaForwarder = new NpgsqlConnectionStringBuilder(real.ConnectionString) { Host = "127.0.0.1", Port = forwarder.Port };
            await using var bot = await StartAsync(viaForwarder.ConnectionString);
            var (downStatus, _) = await StoreHealthAsync(bot);

            forwarder.Open();
            _time.Advance(StartupRetry.FirstDelay);
            var migration = bot.Services.GetServices<IHostedService>().OfType<StorageMigrationService>().Single();
            await migration.Retries.WaitAsync(Patience);
            var (upStatus, store) = await StoreHealthAsync(bot);

            Assert.Equal(HttpStatusCode.ServiceUnavailable, downStatus);
            Assert.Equal(HttpStatusCode.OK, upStatus);
            Assert.Contains("Postgres answers", store, StringComparison.Ordinal);
            Assert.Contains(_log.Lines, l => l.Contains("Postgres storage ready", StringComparison.Ordinal));
            await WaitForPublishedAsync(bot);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await PostgresDatabase.DropSchemaAsync(schema);
        }
    }

    private async Task<TestBot> StartAsync(string connectionString) =>
        await TestBot.StartAsync(
            new() { ["Storage:Provider"] = "Postgres", ["Storage:ConnectionString"] = connectionString },
            b =>
            {
                b.Services.AddSingleton<TimeProvider>(_time);
                b.Logging.AddProvider(_log.Provider);
            });

    private static async Task<(HttpStatusCode Status, string Store)> StoreHealthAsync(TestBot bot)
    {
        using var response = await bot.Client.GetAsync("/healthz");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.GetProperty("checks").GetProperty("store").GetProperty("description").GetString()!);
    }

    /// <summary>The start-up publish is retried on the same clock: advance it until the version is recorded.</summary>
    private async Task WaitForPublishedAsync(TestBot bot)
    {
        var store = bot.Services.GetRequiredService<INoticeStore>();
        using var deadline = new CancellationTokenSource(Patience);
        while (await store.FindLastPublishedAsync(deadline.Token) is null)
        {
            _time.Advance(StartupRetry.MaxDelay);
            await Task.Yield();
        }
    }
}
