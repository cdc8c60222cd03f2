using MoocBot.Core.Conversations;

namespace MoocBot.Core.Tests.Conversations;

public sealed class ConversationRouterChineseAnswerTests
{
    private readonly MemoryChatLanguageStore _store = new();
    private readonly ConversationRouter _router;

    public ConversationRouterChineseAnswerTests() => _router = RouterFactory.Create(null, _store);

    [Theory]
    [InlineData("中国有多少门慕课？")]
    [InlineData("MOOC有多少")]
    public async Task HandleAsync_AutoChineseQuestion_AnswersInChinese(string question)
    {
        var reply = await ReplyAsync(question);

        Assert.StartsWith("中国的慕课（大规模开放在线课程）数量：超过9.7万门", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal(ChatLanguage.Chinese, reply.Language);
        Assert.Equal(1, _store.Reads);
    }

    [Fact]
    public async Task HandleAsync_AutoEnglishQuestion_AnswersInEnglish()
    {
        var text = (await ReplyAsync("how many moocs are there?")).ToPlainText();

        Assert.StartsWith("MOOCs (massive open online courses) in China: more than 97,000", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ChatSetToChinese_EnglishQuestionIsAnsweredInChinese()
    {
        await _store.SetLanguageAsync("console", "chat-1", ChatLanguage.Chinese, DateTimeOffset.UnixEpoch, CancellationToken.None);

        var text = (await ReplyAsync("how many registered users?")).ToPlainText();

        Assert.StartsWith("中国慕课的注册用户数：4.83亿人（截至2024年12月）。", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ChatSetToEnglish_ChineseQuestionIsAnsweredInEnglish()
    {
        await _store.SetLanguageAsync("console", "chat-1", ChatLanguage.English, DateTimeOffset.UnixEpoch, CancellationToken.None);

        var text = (await ReplyAsync("慕课注册用户有多少？")).ToPlainText();

        Assert.StartsWith("Registered users of China's MOOCs: 483 million", text, StringComparison.Ordinal);
        Assert.False(ChatLanguages.IsChinese(text), text);
    }

    [Theory]
    [InlineData("你好", "你好！")]
    [InlineData("谢谢", "不客气")]
    [InlineData("再见", "再见！")]
    public async Task HandleAsync_ChineseSmallTalk_RepliesInChinese(string text, string expected)
    {
        Assert.StartsWith(expected, (await ReplyAsync(text)).ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_ChineseQuestionOutOfScope_RefusesInChinese()
    {
        var text = (await ReplyAsync("美国有多少门慕课？")).ToPlainText();

        Assert.StartsWith("抱歉，我没有这方面的数据。我只了解中国的慕课数据", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_FactCommandInAChineseChat_ShowsTheChineseCard()
    {
        await _store.SetLanguageAsync("console", "chat-1", ChatLanguage.Chinese, DateTimeOffset.UnixEpoch, CancellationToken.None);

        var text = (await ReplyAsync("/fact national.registered-users")).ToPlainText();

        Assert.StartsWith("中国慕课的注册用户数：4.83亿人（截至2024年12月）。", text, StringComparison.Ordinal);
    }

    private async Task<Reply> ReplyAsync(string text) =>
        (await _router.HandleAsync(RouterFactory.Private(text), CancellationToken.None))!;
}
