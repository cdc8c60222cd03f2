using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Conversations;
using MoocBot.Core.Notices;
using MoocBot.Core.Tests.Notices.Fakes;

namespace MoocBot.Core.Tests.Notices;

public sealed class SubscriptionCommandTests
{
    private readonly InMemoryNoticeStore _store = new();
    private readonly FakeAdministrators _telegramAdmins = new("telegram", "admin-1");
    private readonly ConversationRouter _router;

    public SubscriptionCommandTests()
    {
        var time = new FakeTimeProvider();
        _router = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(time)
            .AddMoocBotCore(NoticeTestData.Current)
            .AddSingleton<INoticeStore>(_store)
            .AddSingleton<IChatSender>(new FakeChatPlatform(time, "telegram"))
            .AddSingleton<IChatSender>(new FakeChatPlatform(time, "discord"))
            .AddSingleton<IChatAdministrators>(_telegramAdmins)
            .AddMoocBotNotices()
            .BuildServiceProvider()
            .GetRequiredService<ConversationRouter>();
    }

    [Fact]
    public async Task Subscribe_PrivateChatWithoutTopic_SubscribesToAllFigures()
    {
        var reply = await SendAsync(Private("/subscribe"));

        Assert.StartsWith("Subscribed to all figures.", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal(["all"], await TopicsAsync("telegram", "7"));
    }

    [Fact]
    public async Task Subscribe_TwoTopics_KeepsBoth()
    {
        await SendAsync(Private("/subscribe west"));
        var reply = await SendAsync(Private("/subscribe NATIONAL"));

        Assert.Contains("national (China's MOOCs nationwide); west (MOOCs for universities in western China)", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal(["national", "west"], await TopicsAsync("telegram", "7"));
    }

    [Fact]
    public async Task Subscribe_UnknownTopic_ListsTheTopics()
    {
        var reply = await SendAsync(Private("/subscribe weather"));

        Assert.True(reply.Private);
        Assert.Contains("all, national, platform, west, international", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Null(await _store.FindSubscriptionAsync("telegram", "7", CancellationToken.None));
    }

    [Fact]
    public async Task Subscribe_GroupMemberNotAdministrator_IsRefused()
    {
        var reply = await SendAsync(Group("/subscribe", userId: "member-1"));

        Assert.Contains("Only an administrator", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Null(await _store.FindSubscriptionAsync("telegram", "-100", CancellationToken.None));
        Assert.Equal(1, _telegramAdmins.Checks);
    }

    [Fact]
    public async Task Subscribe_GroupAdministrator_SubscribesTheGroup()
    {
        var reply = await SendAsync(Group("/subscribe west", userId: "admin-1"));

        Assert.StartsWith("Subscribed this group to west", reply.ToPlainText(), StringComparison.Ordinal);
        var subscription = await _store.FindSubscriptionAsync("telegram", "-100", CancellationToken.None);
        Assert.True(subscription!.IsGroup);
    }

    [Fact]
    public async Task Subscribe_DiscordChannelWithManageServer_UsesThePermissionTheAdapterSent()
    {
        var message = new ChatMessage("discord", "channel-1", "user-1", "/subscribe", IsGroup: true, MentionsBot: true) { SenderIsAdmin = true };

        await SendAsync(message);

        Assert.Equal(["all"], await TopicsAsync("discord", "channel-1"));
        Assert.Equal(0, _telegramAdmins.Checks);
    }

    [Fact]
    public async Task Subscribe_ConsoleChat_SaysNoticesCannotReachIt()
    {
        var reply = await SendAsync(new ChatMessage("console", "console", "me", "/subscribe", IsGroup: false, MentionsBot: false));

        Assert.Contains("can't be delivered to console chats", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_SubscribeDeepLink_Subscribes()
    {
        await SendAsync(Private("/start subscribe"));

        Assert.Equal(["all"], await TopicsAsync("telegram", "7"));
    }

    [Fact]
    public async Task Unsubscribe_OneTopicOfAll_KeepsTheOthers()
    {
        await SendAsync(Private("/subscribe"));

        var reply = await SendAsync(Private("/unsubscribe west"));

        Assert.StartsWith("Unsubscribed from west.", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal(["international", "national", "platform", "source"], await TopicsAsync("telegram", "7"));
    }

    [Fact]
    public async Task Unsubscribe_WithoutTopic_StopsEverything()
    {
        await SendAsync(Private("/subscribe west"));

        await SendAsync(Private("/unsubscribe"));

        Assert.Empty(await TopicsAsync("telegram", "7"));
        Assert.Contains("no update notices", (await SendAsync(Private("/subscriptions"))).ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unsubscribe_GroupMemberNotAdministrator_IsRefused()
    {
        await SendAsync(Group("/subscribe", userId: "admin-1"));

        var reply = await SendAsync(Group("/unsubscribe", userId: "member-1"));

        Assert.Contains("Only an administrator", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal(["all"], await TopicsAsync("telegram", "-100"));
    }

    [Fact]
    public void Commands_HelpAndSubscriptions_AreTheOnlyOnesDeclaredPrivate()
    {
        var declaredPrivate = _router.Commands.Where(c => c.RepliesPrivately).Select(c => c.Name);

        Assert.Equal(["help", "subscriptions"], declaredPrivate);
    }

    [Fact]
    public async Task Subscriptions_AnyMember_SeesTheGroupsTopics()
    {
        await SendAsync(Group("/subscribe national", userId: "admin-1"));

        var reply = await SendAsync(Group("/subscriptions", userId: "member-1"));

        Assert.Equal("This chat gets update notices on national (China's MOOCs nationwide).", reply.ToPlainText());
    }

    [Fact]
    public async Task FactAnswer_WithSubscriptionsAvailable_OffersSubscribeToItsTopic()
    {
        var reply = await SendAsync(Private("/fact moocs"));

        Assert.Contains(new ReplyButton("Subscribe", "/subscribe national"), reply.Buttons);
    }

    [Fact]
    public async Task Help_ListsTheSubscriptionCommands()
    {
        var text = (await SendAsync(Private("/help"))).ToPlainText();

        Assert.Contains("/subscribe <topic>", text, StringComparison.Ordinal);
        Assert.Contains("/unsubscribe <topic>", text, StringComparison.Ordinal);
        Assert.Contains("/subscriptions", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_ChineseHintWithAChineseTopicLabel_SubscribesAndRepliesInChinese()
    {
        var reply = await SendAsync(Private("/subscribe 西部") with { LanguageHint = "zh-CN" });

        Assert.Equal("已订阅：west（面向西部高校的慕课）。\n数据变化时，我会在这里发出变化：旧值 → 新值，并附新的出处。发送 /unsubscribe 可停止通知。", reply.ToPlainText());
        Assert.Equal(["west"], await TopicsAsync("telegram", "7"));
    }

    [Fact]
    public async Task SubscriptionsAndUnsubscribe_ChineseHint_ReplyInChinese()
    {
        await SendAsync(Private("/subscribe west"));
        await SendAsync(Private("/subscribe national"));

        var listed = await SendAsync(Private("/subscriptions") with { LanguageHint = "zh" });
        var stopped = await SendAsync(Private("/unsubscribe west") with { LanguageHint = "zh" });
        var notSubscribed = await SendAsync(Private("/unsubscribe west") with { LanguageHint = "zh" });

        Assert.Equal("本聊天订阅了这些更新通知：national（全国的慕课）；west（面向西部高校的慕课）。", listed.ToPlainText());
        Assert.Equal("退订", Assert.Single(listed.Buttons).Label);
        Assert.Equal("已退订“west”。本聊天仍会收到这些通知：national（全国的慕课）。", stopped.ToPlainText());
        Assert.Equal("本聊天没有订阅“west”。它订阅的是：national（全国的慕课）。", notSubscribed.ToPlainText());
    }

    [Fact]
    public async Task Subscribe_ChineseHintGroupMemberOrUnknownTopic_IsRefusedInChinese()
    {
        var member = await SendAsync(Group("/subscribe", userId: "member-1") with { LanguageHint = "zh-TW" });
        var unknown = await SendAsync(Private("/subscribe 天气") with { LanguageHint = "zh-CN" });

        Assert.StartsWith("只有本群组的管理员可以更改订阅", member.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal("我没有“天气”这个主题。请从以下选择：all, national, platform, west, international, source。", unknown.ToPlainText());
        Assert.Null(await _store.FindSubscriptionAsync("telegram", "-100", CancellationToken.None));
        Assert.Null(await _store.FindSubscriptionAsync("telegram", "7", CancellationToken.None));
    }

    private static ChatMessage Private(string text) => new("telegram", "7", "7", text, IsGroup: false, MentionsBot: false);

    private static ChatMessage Group(string text, string userId) => new("telegram", "-100", userId, text, IsGroup: true, MentionsBot: false);

    private async Task<Reply> SendAsync(ChatMessage message) =>
        await _router.HandleAsync(message, CancellationToken.None) ?? throw new InvalidOperationException("No reply to " + message.Text);

    private async Task<IReadOnlyList<string>> TopicsAsync(string platform, string chatId) =>
        (await _store.FindSubscriptionAsync(platform, chatId, CancellationToken.None))?.Topics ?? [];
}
