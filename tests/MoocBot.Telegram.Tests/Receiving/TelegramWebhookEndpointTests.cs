using System.Diagnostics.Metrics;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using MoocBot.Core.Diagnostics;
using MoocBot.Telegram.Tests.Fakes;

namespace MoocBot.Telegram.Tests.Receiving;

/// <summary>POST /telegram/webhook as a stranger or a faulty proxy would call it: refused, counted, and the bot still healthy.</summary>
public sealed class TelegramWebhookEndpointTests
{
    private const long Alice = 4301;

    [Fact]
    public async Task Post_WrongSecret_CountedAsRejectedWithoutTouchingHealth()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake, TelegramMode.Webhook);
        using var rejected = Rejections(host);

        using var wrong = await fake.DeliverToWebhookAsync(host.WebhookEndpoint, fake.Updates.PrivateText(Alice, "how many moocs?"), "not-the-secret");
        using var missing = await fake.DeliverToWebhookAsync(host.WebhookEndpoint, fake.Updates.PrivateText(Alice, "how many moocs?"), secret: null);

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized], new[] { wrong.StatusCode, missing.StatusCode });
        Assert.DoesNotContain(host.Services.GetRequiredService<BotHealth>().Snapshot(), c => c.LastError is not null);
        var counted = rejected.GetMeasurementSnapshot();
        Assert.Equal(2, counted.Sum(m => m.Value));
        Assert.All(counted, m => Assert.Equal(("telegram", "secret"), ((string?)m.Tags["platform"], (string?)m.Tags["reason"])));
    }

    private static MetricCollector<long> Rejections(TelegramTestHost host) =>
        new(host.Services.GetRequiredService<IMeterFactory>(), MoocBotMetrics.MeterName, "moocbot.webhook.rejected");
}
