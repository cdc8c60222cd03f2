using MoocBot.Core.Conversations;
using MoocBot.Core.Tests.Answering;

namespace MoocBot.Core.Tests.Conversations;

public sealed class ReplyComposerTimeTests
{
    [Fact]
    public void ComposeAnswer_ChangeSinceAYear_ShowsBothFiguresAndTheComputedChange()
    {
        var text = ReplyText("How much did the number of MOOCs grow since 2020?");

        Assert.StartsWith(
            "MOOCs (massive open online courses) in China: more than 34,000 (as of December 2020) → more than 97,000 (as of December 2024).\n"
            + "Change, computed by me from the two figures (no source reports it): an increase of about 63,000 (about +185%).\n"
            + "The figures are qualified (“more than”, “about”, “nearly”), so the change is only approximate.\n",
            text,
            StringComparison.Ordinal);
        Assert.Contains("Source (Dec 2020): reported by People's Daily Online, 16 Dec 2020", text, StringComparison.Ordinal);
        Assert.Contains("Source (Dec 2024): reported by Xinhua (People's Daily Online), 13 Dec 2024", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ComposeAnswer_YearBetweenFigures_SaysSoAndGivesTheNearestWithSources()
    {
        var text = ReplyText("how many moocs in 2021");

        Assert.StartsWith(
            "Sorry, I don't have a figure for that. I have no figure of MOOCs (massive open online courses) in China for 2021.\n"
            + "The nearest figures I have:\n"
            + "• more than 34,000 (Dec 2020, People's Daily Online) — MOOCs (massive open online courses) in China\n"
            + "• more than 52,500 (Jun 2022, Women of China) — MOOCs (massive open online courses) in China\n"
            + "I don't estimate a figure between two reported ones.",
            text,
            StringComparison.Ordinal);
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

    private static string ReplyText(string question) =>
        new ReplyComposer(RealRepository.Repository).ComposeAnswer(RealRepository.Answerer.Answer(question)).ToPlainText();
}
