using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MoocBot.Core;
using MoocBot.Telegram.Tests.Fakes;

namespace MoocBot.Telegram.Tests;

/// <summary>The bot as the executable runs it: a web host on 127.0.0.1 with Core and the Telegram adapter, pointed at a fake Bot API.</summary>
internal sealed class TelegramTestHost : IAsyncDisposable
{
    public const string WebhookSecret = "test-secret_0123-abc";
    public const string PublicWebhookUrl = "https://moocbot.example.org/telegram/webhook";

    /// <summary>Short waits so retries and backoffs take milliseconds in tests; Telegram's retry_after is still honoured in full.</summary>
    public static readonly TelegramDelays FastDelays = new()
    {
        TransientRetryDelays = [TimeSpan.FromMilliseconds(10), TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(40)],
        InitialBackoff = TimeSpan.FromMilliseconds(10),
        MaxBackoff = TimeSpan.FromMilliseconds(200),
        ConflictBackoff = TimeSpan.FromMilliseconds(50),
    };

    private TelegramTestHost(WebApplication app, Uri baseAddress)
    {
        App = app;
        BaseAddress = baseAddress;
        Logs = app.Services.GetRequiredService<FakeLogs>();
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public Uri WebhookEndpoint => new(BaseAddress, "/telegram/webhook");

    public IServiceProvider Services => App.Services;

    public FakeLogs Logs { get; }

    /// <summary>Starts the host and waits until the bot finished its start-up calls.</summary>
    public static async Task<TelegramTestHost> StartAsync(
        FakeBotApiServer fake,
        TelegramMode mode = TelegramMode.Polling,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null,
        bool waitUntilReady = true)
    {
        var app = Build(fake, mode, settings, configureServices);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        var host = new TelegramTestHost(app, new Uri(address));
        if (waitUntilReady)
        {
            // Polling: the first getUpdates follows the start-up calls. Webhook: the Chinese group menu is the last of them.
            await (mode == TelegramMode.Polling ? fake.WaitForPollsAsync() : fake.WaitForCallsAsync("setMyCommands", 4));
        }

        return host;
    }

    public static WebApplication Build(
        FakeBotApiServer fake,
        TelegramMode mode = TelegramMode.Polling,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Testing" });
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var configuration = new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = fake.Token,
            ["Telegram:ApiBaseUrl"] = fake.BaseUrl,
            ["Telegram:Mode"] = mode.ToString(),
            ["Telegram:WebhookUrl"] = PublicWebhookUrl,
            ["Telegram:WebhookSecret"] = WebhookSecret,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        var logs = new FakeLogs();
        builder.Logging.AddProvider(logs.Provider);
        builder.Services.AddSingleton(logs);
        builder.Services.AddSingleton(FastDelays);
        configureServices?.Invoke(builder.Services);
        builder.Services.AddMoocBotCore(TestData.Repository);
        builder.AddMoocBotTelegram();
        var app = builder.Build();
        app.MapTelegramWebhook();
        return app;
    }

    public async ValueTask DisposeAsync()
    {
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
