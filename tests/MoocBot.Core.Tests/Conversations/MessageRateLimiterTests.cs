using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Conversations;

namespace MoocBot.Core.Tests.Conversations;

public sealed class MessageRateLimiterTests
{
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task HandleAsync_OverTwentyAMinute_SaysSlowDownOnceThenDropsUntilTheWindowPasses()
    {
        var router = RouterFactory.Create(_time);
        var message = new ChatMessage("telegram", "42", "7", "how many moocs?", IsGroup: false, MentionsBot: false);

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal("more than 97,000", (await router.HandleAsync(message, CancellationToken.None))?.Figure?.Figure);
        }

        var slowDown = await router.HandleAsync(message, CancellationToken.None);
        var dropped = await router.HandleAsync(message, CancellationToken.None);
        _time.Advance(TimeSpan.FromMinutes(1));
        var afterWindow = await router.HandleAsync(message, CancellationToken.None);

        Assert.Contains("slow", slowDown!.ToPlainText(), StringComparison.OrdinalIgnoreCase);
        Assert.Null(dropped);
        Assert.Equal("more than 97,000", afterWindow?.Figure?.Figure);
    }

    [Fact]
    public async Task HandleAsync_OtherUserWhileOneIsLimited_IsAnswered()
    {
        var router = RouterFactory.Create(_time);
        var noisy = new ChatMessage("telegram", "1", "noisy", "/stats", IsGroup: false, MentionsBot: false);
        for (var i = 0; i < 25; i++)
        {
            await router.HandleAsync(noisy, CancellationToken.None);
        }

        var reply = await router.HandleAsync(noisy with { ChatId = "2", UserId = "calm" }, CancellationToken.None);

        Assert.Contains("more than 97,000", reply!.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_GroupChatterNotForTheBot_DoesNotCountAgainstTheLimit()
    {
        var router = RouterFactory.Create(_time);
        var chatter = new ChatMessage("telegram", "-5", "7", "just chatting", IsGroup: true, MentionsBot: false);
        for (var i = 0; i < 100; i++)
        {
            Assert.Null(await router.HandleAsync(chatter, CancellationToken.None));
        }

        var reply = await router.HandleAsync(chatter with { Text = "how many moocs?", MentionsBot = true }, CancellationToken.None);

        Assert.Equal("more than 97,000", reply?.Figure?.Figure);
    }
}
