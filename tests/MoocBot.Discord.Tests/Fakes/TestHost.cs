using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MoocBot.Core;

namespace MoocBot.Discord.Tests.Fakes;

/// <summary>
/// The bot as it runs: a WebApplication on 127.0.0.1 with Core (the real fact repository) and the Discord
/// adapter, talking to a fake REST server and, when enabled, a fake gateway.
/// </summary>
internal sealed class TestHost : IAsyncDisposable
{
    public const string ApplicationId = "1000000000000000001";
    public const string GuildId = "1000000000000000002";
    public const string ChannelId = "1000000000000000003";
    public const string UserId = "1000000000000000004";
    public const string BotUserId = "1000000000000000005";
    public const string BotToken = "TESTBOTTOKEN.SECRET-abcdefghijklmnopqrstuvwxyz0123456789";

    private TestHost(WebApplication app, HttpClient client, FakeLogs logs)
    {
        App = app;
        Client = client;
        Logs = logs;
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public FakeLogs Logs { get; }

    public IServiceProvider Services => App.Services;

    public static async Task<TestHost> StartAsync(
        SignedInteractionSender sender,
        FakeDiscordRestServer rest,
        FakeGatewayServer? gateway = null,
        Action<IServiceCollection>? configureServices = null,
        IDictionary<string, string?>? settings = null,
        Action<WebApplication>? configureApp = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var logs = new FakeLogs();
        builder.Logging.ClearProviders().AddProvider(logs.Provider).SetMinimumLevel(LogLevel.Trace);
        var configuration = new Dictionary<string, string?>
        {
            ["Discord:ApplicationId"] = ApplicationId,
            ["Discord:PublicKey"] = sender.PublicKeyHex,
            ["Discord:BotToken"] = BotToken,
            ["Discord:ApiBaseUrl"] = rest.BaseUrl.AbsoluteUri,
            ["Discord:GatewayUrl"] = gateway?.Url.AbsoluteUri ?? "ws://127.0.0.1:9/",
            ["Discord:Gateway:Enabled"] = gateway is null ? "false" : "true",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(configuration);
        configureServices?.Invoke(builder.Services);
        builder.Services.AddMoocBotCore(TestData.Repository);
        builder.AddMoocBotDiscord();
        var app = builder.Build();
        configureApp?.Invoke(app);
        app.MapDiscordInteractions();
        await app.StartAsync();
        var address = app.Urls.First();
        return new TestHost(app, new HttpClient { BaseAddress = new Uri(address) }, logs);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
