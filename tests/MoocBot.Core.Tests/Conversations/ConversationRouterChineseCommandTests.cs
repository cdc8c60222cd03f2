using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MoocBot.Core.Charts;
using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;
using MoocBot.Core.Tests.Charts.Fakes;

namespace MoocBot.Core.Tests.Conversations;

/// <summary>In a chat whose language is Chinese every command replies in Chinese, its errors included.</summary>
public sealed partial class ConversationRouterChineseCommandTests
{
    private static readonly FactRepository Repository = FactRepositoryLoader.Load(TestData.FactsPath);

    private readonly MemoryChatLanguageStore _store = new();
    private readonly RecordingChartRenderer _renderer = new();
    private readonly ConversationRouter _router;

    public ConversationRouterChineseCommandTests()
    {
        var services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddSingleton<IChatLanguageStore>(_store)
            .AddSingleton<IChartRenderer>(_renderer);
        _router = services.AddMoocBotCore(Repository).BuildServiceProvider().GetRequiredService<ConversationRouter>();
    }

    [Theory]
    [InlineData("/stats")]
    [InlineData("/topics")]
    [InlineData("/topics west")]
    [InlineData("/topics 西部")]
    [InlineData("/topics weather")]
    [InlineData("/source learners")]
    [InlineData("/source national.moocs")]
    [InlineData("/source 天气怎么样")]
    [InlineData("/related moocs")]
    [InlineData("/history national.moocs")]
    [InlineData("/history no.such.measure")]
    [InlineData("/history source.reporter")]
    [InlineData("/chart national.moocs")]
    [InlineData("/chart source.reporter")]
    [InlineData("/chart")]
    [InlineData("/chart what is the weather on mars")]
    [InlineData("/chart courses")]
    [InlineData("/fact")]
    [InlineData("/fact 注册用户")]
    [InlineData("/source 学习人次")]
    [InlineData("/related 慕课")]
    [InlineData("/help")]
    [InlineData("/start")]
    [InlineData("/language")]
    [InlineData("/subscribe")]
    [InlineData("/subscriptions")]
    [InlineData("/unsubscribe")]
    public async Task HandleAsync_ChatSetToChinese_TheCommandsReplyHasNoEnglishWords(string command)
    {
        await _store.SetLanguageAsync("console", "chat-1", ChatLanguage.Chinese, DateTimeOffset.UnixEpoch, CancellationToken.None);

        var reply = await _router.HandleAsync(RouterFactory.Private(command), CancellationToken.None);

        var text = reply!.ToPlainText();
        Assert.True(ChatLanguages.IsChinese(text), text);
        Assert.Empty(EnglishWords(text));
        Assert.All(reply.Buttons, b => Assert.Empty(EnglishWords(b.Label)));
    }

    [Fact]
    public async Task HandleAsync_StatsInChinese_ListsTheHeadlineFiguresIn万And亿()
    {
        var text = await ChineseAsync("/stats");

        Assert.StartsWith("中国慕课主要数据", text, StringComparison.Ordinal);
        Assert.Contains("超过9.7万门", text, StringComparison.Ordinal);
        Assert.Contains("亿人次", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_TopicsInChinese_DescribesEachTopicInChinese()
    {
        var text = await ChineseAsync("/topics");

        Assert.StartsWith("我了解以下主题的数据：", text, StringComparison.Ordinal);
        Assert.Contains("• west — 面向西部高校的慕课（", text, StringComparison.Ordinal);
        Assert.EndsWith("发送 /topics national 查看一个主题的数据。", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_SourceOfAnArticleFigureInChinese_KeepsTheSentenceAsStoredMarkedAsTheOriginal()
    {
        var text = await ChineseAsync("/source west.teachers-trained");

        var lines = text.Split('\n');
        Assert.Equal("参加应用培训的西部教师人数", lines[0]);
        Assert.StartsWith("原文：“Leveraging the advantages of teachers", lines[1], StringComparison.Ordinal);
        Assert.Equal("来源：人民日报，2023年1月2日，记者丁雅诵；数据来自教育部", lines[^1]);
    }

    [Fact]
    public async Task HandleAsync_SourceOfAReportedFigureInChinese_GivesItsFigureAndTheReport()
    {
        var text = await ChineseAsync("/source national.moocs");

        Assert.Contains("该报道给出的数字：超过9.7万门（截至2024年12月）。", text, StringComparison.Ordinal);
        Assert.Contains("来源：新华社（人民网）报道，2024年12月13日", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_HistoryInChinese_ListsEveryFigureWithChineseDatesAndSources()
    {
        var reply = await _router.HandleAsync(await ChineseMessageAsync("/history national.moocs"), CancellationToken.None);

        var lines = reply!.ToPlainText().Split('\n');
        Assert.Equal("中国慕课数量：共8个数据，从早到晚", lines[0]);
        Assert.Equal("• 超过3200门 — 2017年12月，中国新闻社报道，2018年1月24日", lines[1]);
        Assert.StartsWith("• 6.2万门 — 2022年11月，人民日报，2023年1月2日：原文“The reporter learned", lines[6], StringComparison.Ordinal);
        Assert.Equal("数据", Assert.Single(reply.Buttons).Label);
        var request = Assert.Single(_renderer.Requests);
        Assert.Equal(ChatLanguage.Chinese, request.Language);
        Assert.Equal("中国慕课数量", request.Title);
    }

    [Fact]
    public async Task HandleAsync_ChartInChinese_HasAChineseCaptionAndAChineseChartWithItsEnglishTwinAsFallback()
    {
        var reply = await _router.HandleAsync(await ChineseMessageAsync("/chart national.moocs"), CancellationToken.None);

        Assert.Equal("中国慕课数量：2017年12月到2024年12月共8个数据；最新为超过9.7万门（2024年12月，新华社）。", reply!.ToPlainText());
        var request = Assert.Single(_renderer.Requests);
        var series = Assert.Single(request.Series);
        Assert.Equal("单位：门", series.UnitText);
        Assert.Equal("超过9.7万门", series.PointsByDate()[^1].Display);
        Assert.Equal("新华社，2024年12月13日", series.PointsByDate()[^1].Source);
        Assert.Equal("2024年12月", series.PointsByDate()[^1].AsOfText);
        Assert.StartsWith("折线图。中国慕课数量（单位：门）：超过3200门（2017年12月）", reply.Image!.AltText, StringComparison.Ordinal);
        Assert.Equal("MOOCs in China", request.Fallback!.Title);
        Assert.NotEqual(ChatLanguage.Chinese, request.Fallback.Language);
    }

    [Fact]
    public async Task HandleAsync_ChartInEnglish_HasNoFallback()
    {
        await _router.HandleAsync(RouterFactory.Private("/chart national.moocs"), CancellationToken.None);

        var request = Assert.Single(_renderer.Requests);
        Assert.Equal("MOOCs in China", request.Title);
        Assert.Null(request.Fallback);
    }

    [Theory]
    [InlineData("/stats", "中国慕课主要数据")]
    [InlineData("/history national.moocs", "中国慕课数量：共8个数据")]
    [InlineData("/related moocs", "与“中国的慕课（大规模开放在线课程）数量”相关的数据：")]
    public async Task HandleAsync_AutoWithAChineseHint_CommandRepliesAreChinese(string command, string expected)
    {
        var message = RouterFactory.Private(command) with { LanguageHint = "zh-CN" };

        var text = (await _router.HandleAsync(message, CancellationToken.None))!.ToPlainText();

        Assert.StartsWith(expected, text, StringComparison.Ordinal);
    }

    /// <summary>
    /// The English words a Chinese reader would meet: what is left after the commands and ids a user types, the topic ids,
    /// text in quotation marks (an article's sentence or title, kept as stored) and the names MOOC and MoocBot.
    /// </summary>
    private static List<string> EnglishWords(string text)
    {
        var stripped = Quoted().Replace(text, string.Empty);
        stripped = CommandsAndIds().Replace(stripped, string.Empty);
        var allowed = Repository.Topics.Select(t => t.Id).Concat(["MOOC", "MOOCs", "MoocBot", "zh", "en", "auto", "console", "Telegram", "Discord"]).ToHashSet(StringComparer.Ordinal);
        return [.. Words().Matches(stripped).Select(m => m.Value).Where(w => !allowed.Contains(w))];
    }

    private async Task<string> ChineseAsync(string command) =>
        (await _router.HandleAsync(await ChineseMessageAsync(command), CancellationToken.None))!.ToPlainText();

    private async Task<ChatMessage> ChineseMessageAsync(string command)
    {
        await _store.SetLanguageAsync("console", "chat-1", ChatLanguage.Chinese, DateTimeOffset.UnixEpoch, CancellationToken.None);
        return RouterFactory.Private(command);
    }

    [GeneratedRegex("“[^”]*”")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"/[a-z]+( [a-z]+\.[a-z.-]+)?|\b[a-z]+\.[a-z.-]+\b")]
    private static partial Regex CommandsAndIds();

    [GeneratedRegex("[A-Za-z]{2,}")]
    private static partial Regex Words();
}
