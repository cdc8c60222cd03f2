using MoocBot.Core.Conversations;

namespace MoocBot.Core.Tests.Conversations;

public sealed class ConversationRouterLanguageTests
{
    private readonly MemoryChatLanguageStore _store = new();
    private readonly ConversationRouter _router;

    public ConversationRouterLanguageTests() => _router = RouterFactory.Create(null, _store);

    [Fact]
    public async Task HandleAsync_LanguageZh_StoresItAndRepliesToCommandsInChinese()
    {
        var confirm = await TextOfAsync("/language zh");
        var help = await TextOfAsync("/help");

        Assert.Equal(ChatLanguage.Chinese, await _store.FindLanguageAsync("console", "chat-1", CancellationToken.None));
        Assert.Contains("中文", confirm, StringComparison.Ordinal);
        Assert.Contains("直接问我中国慕课的数据", help, StringComparison.Ordinal);
        Assert.Contains("查询一个数据", help, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/start")]
    [InlineData("/about")]
    [InlineData("/nosuchcommand")]
    public async Task HandleAsync_ChatSetToChinese_CommandRepliesAreChinese(string command)
    {
        await _store.SetLanguageAsync("console", "chat-1", ChatLanguage.Chinese, DateTimeOffset.UnixEpoch, CancellationToken.None);

        var text = await TextOfAsync(command);

        Assert.True(ChatLanguages.IsChinese(text), text);
    }

    [Fact]
    public async Task HandleAsync_AboutInChinese_CitesTheSourceInChinese()
    {
        await _store.SetLanguageAsync("console", "chat-1", ChatLanguage.Chinese, DateTimeOffset.UnixEpoch, CancellationToken.None);

        var text = await TextOfAsync("/about");

        Assert.Contains("人民日报，2023年1月2日，记者丁雅诵；数据来自教育部", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_AutoWithChineseHint_CommandRepliesAreChinese()
    {
        var message = RouterFactory.Private("/help") with { LanguageHint = "zh-hans" };

        var text = (await _router.HandleAsync(message, CancellationToken.None))!.ToPlainText();

        Assert.Contains("直接问我", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_AutoWithEnglishHint_HelpStaysEnglish()
    {
        var message = RouterFactory.Private("/help") with { LanguageHint = "en" };

        var text = (await _router.HandleAsync(message, CancellationToken.None))!.ToPlainText();

        Assert.Contains("Ask me about China's MOOC figures", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ChatSetToEnglish_ChineseHintIsIgnored()
    {
        await _store.SetLanguageAsync("console", "chat-1", ChatLanguage.English, DateTimeOffset.UnixEpoch, CancellationToken.None);
        var message = RouterFactory.Private("/start") with { LanguageHint = "zh-CN" };

        var text = (await _router.HandleAsync(message, CancellationToken.None))!.ToPlainText();

        Assert.False(ChatLanguages.IsChinese(text), text);
    }

    [Theory]
    [InlineData("/language klingon")]
    [InlineData("/language zh en")]
    public async Task HandleAsync_UnknownLanguage_ExplainsTheChoicesAndChangesNothing(string command)
    {
        await _store.SetLanguageAsync("console", "chat-1", ChatLanguage.Chinese, DateTimeOffset.UnixEpoch, CancellationToken.None);

        var text = await TextOfAsync(command);

        Assert.Contains("zh", text, StringComparison.Ordinal);
        Assert.Contains("auto", text, StringComparison.Ordinal);
        Assert.Equal(ChatLanguage.Chinese, await _store.FindLanguageAsync("console", "chat-1", CancellationToken.None));
    }

    [Fact]
    public async Task HandleAsync_LanguageWithoutArgument_ShowsTheCurrentChoice()
    {
        var text = await TextOfAsync("/language");

        Assert.Contains("auto", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_LanguageAutoAfterZh_FollowsEachMessageAgain()
    {
        await TextOfAsync("/language zh");

        await TextOfAsync("/language auto");
        var help = await TextOfAsync("/help");

        Assert.Equal(ChatLanguage.Auto, await _store.FindLanguageAsync("console", "chat-1", CancellationToken.None));
        Assert.False(ChatLanguages.IsChinese(help), help);
    }

    [Fact]
    public async Task HandleAsync_StoreDown_RepliesAnywayInTheMessagesLanguage()
    {
        _store.Fail = true;

        var text = await TextOfAsync("/start");
        var change = await TextOfAsync("/language zh");

        Assert.Contains("Hello", text, StringComparison.Ordinal);
        Assert.Contains("Sorry", change, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_NoStore_LanguageSaysItCannotBeKept()
    {
        var router = RouterFactory.Create();

        var text = (await router.HandleAsync(RouterFactory.Private("/language zh"), CancellationToken.None))!.ToPlainText();

        Assert.Contains("无法保存", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("中国有多少门慕课", true)]
    [InlineData("MOOC有多少", true)]
    [InlineData("how many moocs", false)]
    [InlineData("", false)]
    public void IsChinese_Text_TrueWhenItHasChineseCharacters(string text, bool expected)
    {
        Assert.Equal(expected, ChatLanguages.IsChinese(text));
    }

    private async Task<string> TextOfAsync(string text) =>
        (await _router.HandleAsync(RouterFactory.Private(text), CancellationToken.None))!.ToPlainText();
}
