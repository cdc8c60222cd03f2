using Microsoft.Extensions.Options;
using MoocBot.Core.Conversations.FollowUps;

namespace MoocBot.Core.Tests.Conversations.FollowUps;

public sealed class InMemoryConversationContextStoreTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 5, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task SaveAsync_HundredThousandChats_KeepsNoMoreThanTheBoundAndTheNewest()
    {
        var store = new InMemoryConversationContextStore(Options.Create(new ConversationOptions { MaxInMemory = 1_000 }));

        for (var i = 0; i < 100_000; i++)
        {
            var at = Start.AddMilliseconds(i);
            await store.SaveAsync(new ConversationKey("telegram", "chat-" + i, "u"), new ConversationContext("q", "national.moocs", "national", null, at), at.AddMinutes(-10), CancellationToken.None);
        }

        Assert.Equal(1_000, store.Count);
        Assert.NotNull(await store.FindAsync(new ConversationKey("telegram", "chat-99999", "u"), Start, CancellationToken.None));
        Assert.Null(await store.FindAsync(new ConversationKey("telegram", "chat-0", "u"), Start, CancellationToken.None));
    }

    [Fact]
    public async Task SaveAsync_AfterTheWindow_DropsTheExpiredOnes()
    {
        var store = new InMemoryConversationContextStore(Options.Create(new ConversationOptions()));
        await store.SaveAsync(new ConversationKey("telegram", "1", "u"), new ConversationContext("q", "national.moocs", "national", null, Start), Start.AddMinutes(-10), CancellationToken.None);
        await store.SaveAsync(new ConversationKey("telegram", "2", "u"), new ConversationContext("q", "national.moocs", "national", null, Start), Start.AddMinutes(-10), CancellationToken.None);

        var later = Start.AddMinutes(11);
        await store.SaveAsync(new ConversationKey("telegram", "3", "u"), new ConversationContext("q", "national.moocs", "national", null, later), later.AddMinutes(-10), CancellationToken.None);

        Assert.Equal(1, store.Count);
    }
}
