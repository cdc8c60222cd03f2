using Microsoft.Extensions.Logging.Testing;
using MoocBot.Telegram.Tests.Fakes;

namespace MoocBot.Telegram.Tests;

/// <summary>The bot token is a password: no log line may contain it, whatever goes wrong.</summary>
public sealed class TokenLoggingTests
{
    [Fact]
    public async Task Logs_ThroughEveryKindOfFailure_NeverContainTheToken()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        fake.FailNext("getMe", FakeFailure.ConnectionReset());
        fake.FailNext("getUpdates", FakeFailure.Conflict());
        fake.FailNext("getUpdates", FakeFailure.BadGatewayPage());
        await using (var host = await TelegramTestHost.StartAsync(fake))
        {
            fake.FailNext("sendMessage", FakeFailure.TooManyRequests(1), TelegramDelays.Default.MaxRateLimitWaits + 1);
            fake.FailNext("sendMessage", FakeFailure.ServerError(500), 4);
            fake.FailNext("sendMessage", FakeFailure.ConnectionReset());
            fake.FailNext("sendMessage", FakeFailure.BadRequest("can't parse entities: test"));
            fake.FailNext("answerInlineQuery", FakeFailure.ServerError(502));
            fake.BlockChat(99);

            // One chat first: its replies meet the scripted failures in order.
            for (var i = 0; i < 5; i++)
            {
                fake.EnqueueUpdate(fake.Updates.PrivateText(7, "how many moocs?"));
            }

            // The reply that lost its connection is not sent again, so only the last of the five gets through.
            await fake.WaitForSentMessagesAsync(1);
            fake.EnqueueUpdate(fake.Updates.PrivateText(99, "how many moocs?"));
            fake.EnqueueUpdate(fake.Updates.InlineQuery(7, "moocs"));

            await Task.WhenAll(
                host.Logs.WaitForEventAsync(16),
                host.Logs.WaitForEventAsync(20),
                host.Logs.WaitForEventAsync(27),
                host.Logs.WaitForEventAsync(21),
                host.Logs.WaitForEventAsync(17),
                host.Logs.WaitForFailedAnswerAsync());
            AssertNoToken(host.Logs.Records, fake.Token);
        }
    }

    [Fact]
    public async Task Logs_WhenTelegramRejectsTheToken_SayWhichSettingButNotTheToken()
    {
        const string revoked = "987654321:AARevokedTokenTelegramNoLonger";
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(
            fake,
            settings: new Dictionary<string, string?> { ["Telegram:BotToken"] = revoked },
            waitUntilReady: false);

        var rejected = await host.Logs.WaitForEventAsync(6);

        Assert.Contains("Telegram rejected Telegram:BotToken (401)", rejected.Message, StringComparison.Ordinal);
        Assert.Equal(401, Assert.Single(fake.CallsTo("getMe")).StatusCode);
        AssertNoToken(host.Logs.Records, revoked);
    }

    private static void AssertNoToken(IReadOnlyList<FakeLogRecord> entries, string token)
    {
        var secret = token[(token.IndexOf(':', StringComparison.Ordinal) + 1)..];
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.DoesNotContain(secret, FakeLogs.FullText(e), StringComparison.Ordinal));
    }
}
