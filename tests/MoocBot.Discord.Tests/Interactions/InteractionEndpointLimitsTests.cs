using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using MoocBot.Core.Diagnostics;
using MoocBot.Discord.Tests.Fakes;
using MoocBot.Telegram.Tests.Fakes;

namespace MoocBot.Discord.Tests.Interactions;

/// <summary>Requests Discord would never send: replays, stalled bodies, forgeries. Each is refused, counted and logged in one line.</summary>
public sealed class InteractionEndpointLimitsTests
{
    [Fact]
    public async Task Post_BodyArrivingTooSlowly_IsOneWarningNotAnUnhandledException()
    {
        using var sender = new SignedInteractionSender();
        await using var rest = await FakeDiscordRestServer.StartAsync();
        using var meters = new ScopedMeterFactory();
        using var rejected = new MetricCollector<long>(meters, MoocBotMetrics.MeterName, "moocbot.webhook.rejected");
        await using var host = await TestHost.StartAsync(sender, rest, configureServices: services => services
            .AddSingleton<IMeterFactory>(meters)
            .Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(1_000_000, TimeSpan.FromSeconds(1.1))));
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var status = await StalledBodySender.PostAsync(new Uri(host.Client.BaseAddress!, "/discord/interactions"), new Dictionary<string, string>(), guard.Token);

        var warning = await host.Logs.WaitForAsync(e => e.Id.Id == 41).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(status is null || status.Contains(" 408 ", StringComparison.Ordinal), status);
        Assert.Equal((LogLevel.Warning, null), (warning.Level, warning.Exception));
        Assert.Contains("too slowly", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Records, e => e.Level >= LogLevel.Error);
        Assert.Equal("too_slow", Assert.Single(rejected.GetMeasurementSnapshot()).Tags["reason"]);
    }

    [Fact]
    public async Task Post_ForgedReplayedAndTooLarge_AreCountedByReason()
    {
        using var sender = new SignedInteractionSender();
        await using var rest = await FakeDiscordRestServer.StartAsync();
        using var meters = new ScopedMeterFactory();
        using var rejected = new MetricCollector<long>(meters, MoocBotMetrics.MeterName, "moocbot.webhook.rejected");
        await using var host = await TestHost.StartAsync(sender, rest, configureServices: services => services.AddSingleton<IMeterFactory>(meters));
        var body = SignedInteractionSender.Command("stats");
        var stamp = sender.Timestamp;

        using var forged = await sender.PostAsync(host.Client, body, signedBody: "{}");
        using var first = await sender.PostAsync(host.Client, body, timestamp: stamp);
        using var replayed = await sender.PostAsync(host.Client, body, timestamp: stamp);
        using var tooLarge = await sender.PostAsync(host.Client, body + new string(' ', 2 << 20));

        Assert.Equal(
            [HttpStatusCode.Unauthorized, HttpStatusCode.OK, HttpStatusCode.Unauthorized, HttpStatusCode.RequestEntityTooLarge],
            new[] { forged, first, replayed, tooLarge }.Select(r => r.StatusCode));
        Assert.Equal(["replay", "signature", "too_large"], rejected.GetMeasurementSnapshot().Select(m => (string)m.Tags["reason"]!).Order());
        Assert.All(rejected.GetMeasurementSnapshot(), m => Assert.Equal("discord", m.Tags["platform"]));
    }
}
