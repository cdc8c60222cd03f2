using System.Diagnostics.Metrics;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
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

    [Fact]
    public async Task Post_UnreadableUpdate_IsAcknowledgedAndLoggedOnceSoTelegramMovesOn()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake, TelegramMode.Webhook);
        var update = fake.Updates.PrivateText(Alice, "LONE");
        update["update_id"] = 777;
        var body = update.ToJsonString().Replace("\"LONE\"", "\"\\ud800 moocs\"", StringComparison.Ordinal);

        using var unreadable = await PostAsync(host, body, TelegramTestHost.WebhookSecret);
        using var next = await fake.DeliverToWebhookAsync(host.WebhookEndpoint, fake.Updates.PrivateText(Alice, "how many moocs?"), fake.WebhookSecret);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], new[] { unreadable.StatusCode, next.StatusCode });
        Assert.Contains("97,000", Assert.Single(await fake.WaitForSentMessagesAsync(1)).VisibleText, StringComparison.Ordinal);
        var skipped = Assert.Single(host.Logs.Records, e => e.Id.Id == 28);
        Assert.Contains("update 777:", skipped.Message, StringComparison.Ordinal);
        Assert.Null(skipped.Exception);
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"message\":{}}")]
    public async Task Post_NotAnUpdate_Gets400(string body)
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake, TelegramMode.Webhook);

        using var response = await PostAsync(host, body, TelegramTestHost.WebhookSecret);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyOverOneMegabyte_Gets413AndIsCountedNotHandled()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake, TelegramMode.Webhook);
        using var rejected = Rejections(host);
        var update = fake.Updates.PrivateText(Alice, "how many moocs?");
        update["padding"] = new string('a', 2 << 20);

        using var response = await PostAsync(host, update.ToJsonString(), TelegramTestHost.WebhookSecret);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("too_large", Assert.Single(rejected.GetMeasurementSnapshot()).Tags["reason"]);
        Assert.Empty(fake.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task Post_ChunkedBodyOverOneMegabyte_Gets413AsOneWarning()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake, TelegramMode.Webhook);
        var update = fake.Updates.PrivateText(Alice, "how many moocs?");
        update["padding"] = new string('a', 2 << 20);
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, host.WebhookEndpoint)
        {
            Content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(update.ToJsonString()))),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", TelegramTestHost.WebhookSecret);
        request.Headers.TransferEncodingChunked = true;

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("413", Assert.Single(host.Logs.Records, IsRejection).Message, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Records, e => e.Level >= LogLevel.Error);
    }

    [Fact]
    public async Task Post_BodyArrivingTooSlowly_IsOneWarningNotAnUnhandledException()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake, TelegramMode.Webhook, configureServices: services =>
            services.Configure<KestrelServerOptions>(kestrel => kestrel.Limits.MinRequestBodyDataRate = new MinDataRate(1_000_000, TimeSpan.FromSeconds(1.1))));
        using var rejected = Rejections(host);

        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var status = await StalledBodySender.PostAsync(
            host.WebhookEndpoint, new Dictionary<string, string> { ["X-Telegram-Bot-Api-Secret-Token"] = TelegramTestHost.WebhookSecret }, guard.Token);

        await host.Logs.WaitForEventAsync(14);
        Assert.True(status is null || status.Contains(" 408 ", StringComparison.Ordinal), status);
        var warning = Assert.Single(host.Logs.Records, IsRejection);
        Assert.Equal((LogLevel.Warning, null), (warning.Level, warning.Exception));
        Assert.Contains("too slowly", warning.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Records, e => e.Level >= LogLevel.Error);
        Assert.Equal("too_slow", Assert.Single(rejected.GetMeasurementSnapshot()).Tags["reason"]);
    }

    private static async Task<HttpResponseMessage> PostAsync(TelegramTestHost host, string body, string secret)
    {
        using var http = new HttpClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, host.WebhookEndpoint) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        return await http.SendAsync(request);
    }

    private static bool IsRejection(FakeLogRecord entry) => entry.Id.Id == 14 && entry.Category?.StartsWith("MoocBot.Telegram", StringComparison.Ordinal) == true;

    private static MetricCollector<long> Rejections(TelegramTestHost host) =>
        new(host.Services.GetRequiredService<IMeterFactory>(), MoocBotMetrics.MeterName, "moocbot.webhook.rejected");

    /// <summary>A stream without a length, so HttpClient sends it chunked.</summary>
    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
