using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using MoocBot.Core.Diagnostics;
using MoocBot.Discord.Tests.Fakes;

namespace MoocBot.Discord.Tests.Interactions;

public sealed class InteractionEndpointMetricsTests
{
    [Fact]
    public async Task Post_CommandButtonPingAndForgery_CountsTheCommandAndTheButtonAsDiscordUpdates()
    {
        using var sender = new SignedInteractionSender();
        await using var rest = await FakeDiscordRestServer.StartAsync();
        using var meters = new ScopedMeterFactory();
        using var updates = new MetricCollector<long>(meters, MoocBotMetrics.MeterName, "moocbot.updates");
        await using var host = await TestHost.StartAsync(sender, rest, configureServices: services => services.AddSingleton<IMeterFactory>(meters));

        using var ping = await sender.PostAsync(host.Client, SignedInteractionSender.Interaction(1, "null"));
        using var command = await sender.PostAsync(host.Client, SignedInteractionSender.Command("fact", "query", "moocs"));
        using var button = await sender.PostAsync(host.Client, SignedInteractionSender.Interaction(3, """{"custom_id":"/stats","component_type":2}"""));
        using var forged = await sender.PostAsync(host.Client, SignedInteractionSender.Command("stats"), signedBody: "{}");

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Unauthorized], new[] { ping, command, button, forged }.Select(r => r.StatusCode));
        var counted = updates.GetMeasurementSnapshot();
        Assert.Equal(2, counted.Count);
        Assert.All(counted, m => Assert.Equal("discord", m.Tags["platform"]));
        Assert.Equal(2, counted.Sum(m => m.Value));
    }
}
