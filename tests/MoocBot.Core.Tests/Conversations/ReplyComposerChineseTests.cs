using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;
using MoocBot.Core.Notices;
using MoocBot.Core.Tests.Answering;

namespace MoocBot.Core.Tests.Conversations;

public sealed class ReplyComposerChineseTests
{
    [Fact]
    public void ComposeAnswer_NewestFigureFromAReport_IsChineseWithWanAndAChineseSourceLine()
    {
        var reply = Compose("中国有多少门慕课？");

        Assert.Equal(
            "中国的慕课（大规模开放在线课程）数量：超过9.7万门（截至2024年12月）。\n"
            + "来源：新华社（人民网）报道，2024年12月13日\n"
            + "此前：超过7.6万门（2024年1月，中国新闻社）。",
            reply.ToPlainText());
        Assert.Equal(ChatLanguage.Chinese, reply.Language);
        Assert.Equal(["出处", "相关", "历史"], reply.Buttons.Select(b => b.Label));
        Assert.Equal("截至2024年12月", "截至" + reply.Figure!.AsOf);
    }

    [Fact]
    public void ComposeAnswer_FigureFromTheStoredArticle_QuotesTheEnglishSentenceAsTheOriginal()
    {
        var text = Compose("平台覆盖多少个学科门类").ToPlainText();

        Assert.StartsWith("平台慕课资源覆盖的学科门类数：14个（截至2022年11月）。\n原文：“", text, StringComparison.Ordinal);
        Assert.Contains("14 disciplines", text, StringComparison.Ordinal);
        Assert.EndsWith("来源：人民日报，2023年1月2日，记者丁雅诵；数据来自教育部", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ComposeAnswer_PersonTimes_UsesYiAndTheChineseNote()
    {
        var text = Compose("慕课学习人次").ToPlainText();

        Assert.StartsWith("中国慕课的学习人次（选课人次）：约13.9亿人次（截至2024年12月）。\n按人次计算", text, StringComparison.Ordinal);
        Assert.Contains("此前：约12.7亿人次（2024年1月，中国新闻社）。", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("美国有多少门慕课", "我只了解中国的慕课数据，来自人民日报（2023年1月2日）和8篇引用的报道（2018年1月至2024年12月）。")]
    [InlineData("今天天气怎么样", "我只了解人民日报（数据来自教育部）报道的慕课数据")]
    public void ComposeAnswer_OutOfScope_RefusesInChineseNamingTheSources(string question, string expected)
    {
        var text = Compose(question).ToPlainText();

        Assert.StartsWith("抱歉，我没有这方面的数据。", text, StringComparison.Ordinal);
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Contains("发送 /topics", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ComposeAnswer_Statement_UsesItsChineseWording()
    {
        Assert.StartsWith("撰写这篇报道的记者：丁雅诵", Compose("记者是谁").ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public void ComposeAnswer_Ambiguous_AsksInChineseWithChineseButtons()
    {
        var reply = Compose("多少门课程");

        Assert.StartsWith("有几个数据符合。你指的是哪一个？", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.All(reply.Buttons, b => Assert.True(ChatLanguages.IsChinese(b.Label), b.Label));
    }

    [Fact]
    public void ComposeFact_ChineseWithSubscriptions_OffersTheSubscribeButtonInChinese()
    {
        var composer = new ReplyComposer(RealRepository.Repository, [new SubscribeOffer()]);

        var reply = composer.ComposeFact(RealRepository.Repository.FindFact("national.moocs")!, ChatLanguage.Chinese);

        Assert.Contains(new ReplyButton("订阅", "/subscribe national"), reply.Buttons);
    }

    [Fact]
    public void RealRepository_EveryMeasure_HasChineseLabelAndCounts()
    {
        Assert.All(RealRepository.Repository.Measures, m =>
        {
            Assert.True(ChatLanguages.IsChinese(m.ChineseLabel), m.Id);
            Assert.True(ChatLanguages.IsChinese(m.ChineseCounts), m.Id);
            Assert.True(m.Note is null || ChatLanguages.IsChinese(m.ChineseNote), m.Id);
            Assert.All(m.Observations, o => Assert.True(o.Note is null || ChatLanguages.IsChinese(o.ChineseNote), m.Id + " " + o.AsOf));
        });
    }

    [Fact]
    public void RealRepository_EveryTopic_HasChineseLabelAndDescriptionThatSurviveASnapshot()
    {
        var snapshot = FactsJson.ReadSnapshot(FactsJson.WriteSnapshot(RealRepository.Repository, publishedBy: null));

        Assert.All(RealRepository.Repository.Topics, t =>
        {
            Assert.True(ChatLanguages.IsChinese(t.ChineseLabel), t.Id);
            Assert.True(ChatLanguages.IsChinese(t.ChineseDescription), t.Id);
            Assert.Contains(snapshot!.Topics!, e => e.Id == t.Id && e.LabelZh == t.ChineseLabel && e.DescriptionZh == t.ChineseDescription);
        });
    }

    private static Reply Compose(string question) =>
        new ReplyComposer(RealRepository.Repository).ComposeAnswer(RealRepository.Answerer.Answer(question), ChatLanguage.Chinese);
}
