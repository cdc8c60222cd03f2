using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using MoocBot.Core.Facts;
using MoocBot.Hosting;

namespace MoocBot.Tests.Fakes;

/// <summary>The bot as <see cref="BotHost"/> composes it, with its HTTP endpoint on 127.0.0.1 and a SQLite file of its own.</summary>
internal sealed class TestBot : IAsyncDisposable
{
    private static readonly Lazy<FactRepository> Facts = new(() => FactRepositoryLoader.Load(Path.Combine(AppContext.BaseDirectory, "data", "facts.json")));

    private readonly DirectoryInfo _folder;
    private bool _stopped;

    private TestBot(IHost host, DirectoryInfo folder)
    {
        Host = host;
        _folder = folder;
    }

    public IHost Host { get; }

    public IServiceProvider Services => Host.Services;

    public Uri Address { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    /// <summary>The SQLite file the bot uses unless the settings name another.</summary>
    public string DatabasePath => Path.Combine(_folder.FullName, "bot.db");

    public static FactRepository Repository => Facts.Value;

    /// <summary>Builds the bot with <paramref name="settings"/> over the defaults; <paramref name="configure"/> runs last, before the build.</summary>
    public static TestBot Build(Dictionary<string, string?>? settings = null, Action<IHostApplicationBuilder>? configure = null)
    {
        var folder = Directory.CreateTempSubdirectory("moocbot-host-");
        var all = new Dictionary<string, string?>
        {
            ["Storage:ConnectionString"] = "Data Source=" + Path.Combine(folder.FullName, "bot.db"),
            ["urls"] = "http://127.0.0.1:0",
        };
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(all).Build();
        return new TestBot(BotHost.Build([], configuration, Repository, console: null, configure), folder);
    }

    public static async Task<TestBot> StartAsync(Dictionary<string, string?>? settings = null, Action<IHostApplicationBuilder>? configure = null)
    {
        var bot = Build(settings, configure);
        await bot.StartAsync();
        return bot;
    }

    public async Task StartAsync()
    {
        await Host.StartAsync();
        Address = new Uri(((WebApplication)Host).Urls.First());
        Client = new HttpClient { BaseAddress = Address };
    }

    public async Task StopAsync()
    {
        _stopped = true;
        await Host.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stopped)
        {
            await StopAsync();
        }

        Client?.Dispose();
        if (Host is IAsyncDisposable disposable)
        {
            await disposable.DisposeAsync();
        }
        else
        {
            Host.Dispose();
        }

        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }
}
