using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Conversations;
using MoocBot.Core.Conversations.FollowUps;

namespace MoocBot.Core.Tests.Conversations;

public sealed class CachedChatLanguageStoreTests
{
    private readonly MemoryChatLanguageStore _store = new();
    private readonly FakeTimeProvider _time = new();

    [Fact]
    public async Task FindLanguageAsync_SameChatAgain_ReadsTheStoreOnce()
    {
        await _store.SetLanguageAsync("telegram", "42", ChatLanguage.Chinese, DateTimeOffset.UnixEpoch, CancellationToken.None);
        var cache = Create();

        var first = await cache.FindLanguageAsync("telegram", "42", CancellationToken.None);
        var second = await cache.FindLanguageAsync("telegram", "42", CancellationToken.None);
        var auto = await cache.FindLanguageAsync("telegram", "43", CancellationToken.None);
        var autoAgain = await cache.FindLanguageAsync("telegram", "43", CancellationToken.None);

        Assert.Equal([ChatLanguage.Chinese, ChatLanguage.Chinese, ChatLanguage.Auto, ChatLanguage.Auto], [first, second, auto, autoAgain]);
        Assert.Equal(2, _store.Reads);
    }

    [Fact]
    public async Task SetLanguageAsync_ThroughTheCache_NextReadHasTheNewChoiceAtOnce()
    {
        var cache = Create();
        Assert.Equal(ChatLanguage.Auto, await cache.FindLanguageAsync("telegram", "42", CancellationToken.None));

        await cache.SetLanguageAsync("telegram", "42", ChatLanguage.Chinese, DateTimeOffset.UnixEpoch, CancellationToken.None);
        var afterSet = await cache.FindLanguageAsync("telegram", "42", CancellationToken.None);
        await cache.SetLanguageAsync("telegram", "42", ChatLanguage.Auto, DateTimeOffset.UnixEpoch, CancellationToken.None);
        var afterReset = await cache.FindLanguageAsync("telegram", "42", CancellationToken.None);

        Assert.Equal(ChatLanguage.Chinese, afterSet);
        Assert.Equal(ChatLanguage.Auto, afterReset);
        Assert.Equal(ChatLanguage.Auto, await _store.FindLanguageAsync("telegram", "42", CancellationToken.None));
        Assert.Equal(2, _store.Reads);
    }

    [Fact]
    public async Task FindLanguageAsync_ChangedByAnotherHost_SeenOnceTheCachedChoiceExpires()
    {
        var cache = Create(expiry: TimeSpan.FromSeconds(30));
        Assert.Equal(ChatLanguage.Auto, await cache.FindLanguageAsync("telegram", "42", CancellationToken.None));

        await _store.SetLanguageAsync("telegram", "42", ChatLanguage.Chinese, DateTimeOffset.UnixEpoch, CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(29));
        var beforeExpiry = await cache.FindLanguageAsync("telegram", "42", CancellationToken.None);
        _time.Advance(TimeSpan.FromSeconds(1));
        var atExpiry = await cache.FindLanguageAsync("telegram", "42", CancellationToken.None);

        Assert.Equal(ChatLanguage.Auto, beforeExpiry);
        Assert.Equal(ChatLanguage.Chinese, atExpiry);
    }

    [Fact]
    public async Task FindLanguageAsync_ExpiryZero_ReadsTheStoreEveryTime()
    {
        var cache = Create(expiry: TimeSpan.Zero);

        await cache.FindLanguageAsync("telegram", "42", CancellationToken.None);
        await cache.FindLanguageAsync("telegram", "42", CancellationToken.None);

        Assert.Equal(2, _store.Reads);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task FindLanguageAsync_MoreChatsThanTheBound_DropsTheLeastRecentlyRead()
    {
        var cache = Create(capacity: 100);
        for (var chat = 0; chat < 100; chat++)
        {
            await cache.FindLanguageAsync("telegram", $"{chat}", CancellationToken.None);
        }

        await cache.FindLanguageAsync("telegram", "0", CancellationToken.None);
        await cache.FindLanguageAsync("telegram", "100", CancellationToken.None);
        var readsBefore = _store.Reads;
        await cache.FindLanguageAsync("telegram", "0", CancellationToken.None);
        var readsAfterKept = _store.Reads;
        await cache.FindLanguageAsync("telegram", "1", CancellationToken.None);

        Assert.Equal(100, cache.Count);
        Assert.Equal(readsBefore, readsAfterKept);
        Assert.Equal(readsBefore + 1, _store.Reads);
    }

    [Fact]
    public async Task SetLanguageAsync_StoreFails_ThrowsAndTheNextReadAsksTheStore()
    {
        var cache = Create();
        await cache.FindLanguageAsync("telegram", "42", CancellationToken.None);
        _store.Fail = true;

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            cache.SetLanguageAsync("telegram", "42", ChatLanguage.Chinese, DateTimeOffset.UnixEpoch, CancellationToken.None));
        var afterFailure = await Record.ExceptionAsync(() => cache.FindLanguageAsync("telegram", "42", CancellationToken.None));

        Assert.IsType<InvalidOperationException>(afterFailure);
    }

    [Fact]
    public async Task HandleAsync_LanguageSetThroughTheRouter_NextQuestionIsAnsweredInChineseWithoutAStoreRead()
    {
        var router = RouterFactory.Create(null, Create());
        await router.HandleAsync(RouterFactory.Private("how many moocs?"), CancellationToken.None);

        await router.HandleAsync(RouterFactory.Private("/language zh"), CancellationToken.None);
        var reply = await router.HandleAsync(RouterFactory.Private("how many moocs?"), CancellationToken.None);

        Assert.True(ChatLanguages.IsChinese(reply!.ToPlainText()), reply.ToPlainText());
        Assert.Equal(1, _store.Reads);
    }

    private CachedChatLanguageStore Create(TimeSpan? expiry = null, int capacity = 10_000) => new(
        _store,
        Options.Create(new ConversationOptions { LanguageCacheExpiry = expiry ?? TimeSpan.FromSeconds(30), MaxInMemory = capacity }),
        _time);
}
