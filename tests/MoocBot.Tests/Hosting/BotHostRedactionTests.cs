using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.Logging;
using MoocBot.Core.Tests;
using MoocBot.Tests.Fakes;
using NSec.Cryptography;

namespace MoocBot.Tests.Hosting;

/// <summary>Runs the whole bot at Trace level with secrets configured, against failing fakes, and reads every log line.</summary>
public sealed class BotHostRedactionTests
{
    private const string DiscordToken = "MTAwMDAwMDAwMDAwMDAwMDAx.Gx7Q9z.SECRET-discord-bot-token-abcdefghij";
    private const string TelegramToken = "123456789:AAF-SECRET-telegram-token-abcdef";
    private const string TelegramWebhookSecret = "SECRET-telegram-webhook-secret-0123456789";
    private const string InteractionToken = "aW50ZXJhY3Rpb24.SECRET-interaction-token-0123456789";
    private const string ApplicationId = "1000000000000000001";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private static readonly string[] Secrets = [DiscordToken, TelegramToken, TelegramWebhookSecret, InteractionToken, "Gx7Q9z", "AAF-SECRET", "SECRET-"];

    [Fact]
    public async Task Run_WithTokensConfiguredAndEveryPlatformCallFailing_NoLogLineContainsASecret()
    {
        using var key = Key.Create(SignatureAlgorithm.Ed25519);
        await using var platform = await FakeHttpServer.StartAsync();
        var commandsRequested = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gatewayTried = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var rateLimitedOnce = 0;
        platform.Respond = (method, path) =>
            path.Contains("/commands", StringComparison.Ordinal) && Interlocked.Exchange(ref rateLimitedOnce, 1) == 0
                ? (429, """{"message":"You are being rate limited.","retry_after":0.01,"global":false}""")
                : (401, """{"message":"401: Unauthorized","code":0}""");
        platform.OnRequest = (_, path, _) =>
        {
            if (path.Contains("/commands", StringComparison.Ordinal) && Volatile.Read(ref rateLimitedOnce) == 1)
            {
                commandsRequested.TrySetResult();
            }

            if (path.StartsWith("/gateway", StringComparison.Ordinal))
            {
                gatewayTried.TrySetResult();
            }
        };
        var logs = new FakeLogs();
        var api = new Uri(platform.BaseUrl, "/api/v10");
        await using var bot = await TestBot.StartAsync(
            new()
            {
                ["Logging:LogLevel:Default"] = "Trace",
                ["Logging:LogLevel:Microsoft"] = "Trace",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace",
                ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Trace",
                ["Discord:ApplicationId"] = ApplicationId,
                ["Discord:PublicKey"] = Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey)),
                ["Discord:BotToken"] = DiscordToken,
                ["Discord:ApiBaseUrl"] = api.AbsoluteUri,
                ["Discord:GatewayUrl"] = new UriBuilder(platform.BaseUrl) { Scheme = "ws", Path = "/gateway" }.Uri.AbsoluteUri,
                ["Discord:Gateway:Enabled"] = "true",
                ["Telegram:BotToken"] = TelegramToken,
                ["Telegram:ApiBaseUrl"] = platform.BaseUrl.AbsoluteUri,
                ["Telegram:WebhookSecret"] = TelegramWebhookSecret,
                ["Diagnostics:UnansweredLog:Enabled"] = "true",
            },
            b => b.Logging.AddProvider(logs.Provider));

        using var answered = await PostInteractionAsync(bot, key, Command("fact", "moocs"));
        using var forged = await PostInteractionAsync(bot, key, Command("fact", "moocs"), forge: true);
        using var malformed = await PostInteractionAsync(bot, key, $$"""{"type":"not a number","token":"{{InteractionToken}}"}""");
        var health = await bot.Client.GetStringAsync("/healthz");
        await commandsRequested.Task.WaitAsync(Patience);
        await gatewayTried.Task.WaitAsync(Patience);
        await bot.StopAsync();

        Assert.Equal(HttpStatusCode.OK, answered.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        var lines = logs.Lines;
        Assert.Contains(lines, l => l.Contains("401", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("rate limit", StringComparison.OrdinalIgnoreCase));
        foreach (var secret in Secrets)
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
            Assert.DoesNotContain(secret, health, StringComparison.Ordinal);
        }
    }

    private static string Command(string name, string value) =>
        "{\"id\":\"1100000000000000001\",\"application_id\":\"" + ApplicationId + "\",\"type\":2,\"token\":\"" + InteractionToken
        + "\",\"version\":1,\"channel_id\":\"1000000000000000003\",\"user\":{\"id\":\"1000000000000000004\",\"username\":\"learner\"},"
        + "\"data\":{\"id\":\"1200000000000000001\",\"name\":\"" + name + "\",\"type\":1,\"options\":[{\"name\":\"topic\",\"type\":3,\"value\":\"" + value + "\"}]}}";

    private static Task<HttpResponseMessage> PostInteractionAsync(TestBot bot, Key key, string body, bool forge = false)
    {
        var timestamp = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signed = forge ? body.Replace("moocs", "users", StringComparison.Ordinal) : body;
        var signature = SignatureAlgorithm.Ed25519.Sign(key, Encoding.UTF8.GetBytes(timestamp + signed));
        var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", Convert.ToHexStringLower(signature));
        request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", timestamp);
        return bot.Client.SendAsync(request);
    }
}
