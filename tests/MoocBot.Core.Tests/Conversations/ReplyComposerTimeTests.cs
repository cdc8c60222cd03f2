using MoocBot.Core.Conversations;
using MoocBot.Core.Tests.Answering;

namespace MoocBot.Core.Tests.Conversations;

/// <summary>Answers scoped in time (a year, a change since a year), in English and in Chinese.</summary>
public sealed class ReplyComposerTimeTests
{
    [Theory]
    [InlineData(
        ChatLanguage.English,
        "MOOCs (massive open online courses) in China: more than 34,000 (as of December 2020) → more than 97,000 (as of December 2024).\n"
            + "Change, computed by me from the two figures (no source reports it): an increase of about 63,000 (about +185%).\n"
            + "The figures are qualified (“more than”, “about”, “nearly”), so the change is only approximate.\n",
        new[] { "Source (Dec 2020): reported by People's Daily Online, 16 Dec 2020", "Source (Dec 2024): reported by Xinhua (People's Daily Online), 13 Dec 2024" })]
    [InlineData(
        ChatLanguage.Chinese,
        "中国的慕课（大规模开放在线课程）数量：超过3.4万门（截至2020年12月）→ 超过9.7万门（截至2024年12月）。\n"
            + "较2020年12月增加约6.3万（约+185%），为我根据两个数字计算所得（没有来源报道这一变化）。\n",
        new[] { "来源（2020年12月）：人民网报道，2020年12月16日" })]
    public void ComposeAnswer_ChangeSinceAYear_ShowsBothFiguresAndTheComputedChange(ChatLanguage language, string expectedStart, string[] expectedSources)
    {
        var text = ReplyText("How much did the number of MOOCs grow since 2020?", language);

        Assert.StartsWith(expectedStart, text, StringComparison.Ordinal);
        Assert.All(expectedSources, source => Assert.Contains(source, text, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(
        "how many moocs in 2021",
        ChatLanguage.English,
        "Sorry, I don't have a figure for that. I have no figure of MOOCs (massive open online courses) in China for 2021.\n"
            + "The nearest figures I have:\n"
            + "• more than 34,000 (Dec 2020, People's Daily Online) — MOOCs (massive open online courses) in China\n"
            + "• more than 52,500 (Jun 2022, Women of China) — MOOCs (massive open online courses) in China\n"
            + "I don't estimate a figure between two reported ones.")]
    [InlineData(
        "2021年有多少门慕课",
        ChatLanguage.Chinese,
        "抱歉，我没有这方面的数据。关于中国慕课数量，我没有2021年的数字。\n"
            + "最接近的数据：\n"
            + "• 超过3.4万门（2020年12月，人民网） — 中国的慕课（大规模开放在线课程）数量\n")]
    public void ComposeAnswer_YearBetweenFigures_SaysSoAndGivesTheNearestWithSources(string question, ChatLanguage language, string expectedStart)
    {
        Assert.StartsWith(expectedStart, ReplyText(question, language), StringComparison.Ordinal);
    }

    [Fact]
    public void ComposeAnswer_YearBeforeTheFirstFigure_NamesTheMeasuresRange()
    {
        Assert.StartsWith(
            "Sorry, I don't have a figure for that. I have figures of registered users of China's MOOCs from Jun 2022 to Dec 2024, none for 2021.\n",
            ReplyText("how many registered users in 2021"),
            StringComparison.Ordinal);
    }

    [Fact]
    public void ComposeAnswer_OlderYear_ShowsThatFigureWithItsSourceAndTheLatest()
    {
        Assert.Equal(
            "MOOCs (massive open online courses) in China: more than 34,000 (as of December 2020).\n"
            + "Source: reported by People's Daily Online, 16 Dec 2020\n"
            + "Latest: more than 97,000 (Dec 2024, Xinhua).",
            ReplyText("how many moocs were there in 2020"));
    }

    private static string ReplyText(string question, ChatLanguage language = ChatLanguage.English) =>
        new ReplyComposer(RealRepository.Repository).ComposeAnswer(RealRepository.Answerer.Answer(question), language).ToPlainText();
}
