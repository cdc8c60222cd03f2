using MoocBot.Core.Answering;
using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;
using MoocBot.Core.Tests.Answering;

namespace MoocBot.Core.Tests.Conversations;

public sealed class ReplyComposerNotFoundTests
{
    [Theory]
    [InlineData("how many moocs does india have", NotFoundReason.OtherCountry)]
    [InlineData("how many moocs in 2030", NotFoundReason.OtherTime)]
    [InlineData("how many moocs will there be next year", NotFoundReason.OtherTime)]
    [InlineData("how many moocs are there in the world", NotFoundReason.WorldTotal)]
    [InlineData("what is the capital of peru", NotFoundReason.None)]
    public void Answer_OutOfScopeQuestion_SaysWhichScopeRuleDecided(string question, NotFoundReason expected)
    {
        var answer = RealRepository.Answerer.Answer(question);

        Assert.Equal(AnswerStatus.NotFound, answer.Status);
        Assert.Equal(expected, answer.Reason);
    }

    [Fact]
    public void Answer_QuestionNamingTheFiguresYear_IsAnsweredWithoutReason()
    {
        var answer = RealRepository.Answerer.Answer("how many moocs in 2022");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(NotFoundReason.None, answer.Reason);
    }

    [Theory]
    [InlineData("how many moocs does india have", "I only know China's MOOC figures, from People's Daily (2 Jan 2023) and 8 cited reports (24 Jan 2018 to 13 Dec 2024).")]
    [InlineData("how many moocs in 2030", "I have figures of MOOCs (massive open online courses) in China from Dec 2017 to Dec 2024, none for 2030.")]
    [InlineData("how many moocs are there in the world", "I only know China's figures and its world ranking.")]
    public void ComposeAnswer_ScopeReason_ExplainsBeforeSuggestionsAndHelp(string question, string explanation)
    {
        var text = ReplyText(question, RealRepository.Repository);

        Assert.StartsWith("Sorry, I don't have a figure for that. " + explanation + "\nPerhaps one of these:\n", text, StringComparison.Ordinal);
        Assert.Contains("/help", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ComposeAnswer_NoReason_KeepsTheGeneralApology()
    {
        var text = ReplyText("what is the capital of peru", RealRepository.Repository);

        Assert.StartsWith(
            "Sorry, I don't have a figure for that. I only know the MOOC figures reported by People's Daily (figures from the Ministry of Education), "
            + "and those cited from reports by China News Service, China Daily, People's Daily Online, Women of China, China.org.cn, Global Times and Xinhua.\n",
            text,
            StringComparison.Ordinal);
    }

    [Fact]
    public void ComposeAnswer_AnotherSource_TakesPublisherDateAndAsOfFromTheRepository()
    {
        var real = RealRepository.Repository;
        var other = new FactRepository(
            [.. real.Articles.Select(a => a with { Publisher = "Xinhua", Date = new DateOnly(2024, 3, 5) })],
            [.. real.Facts.Select(f => f with { AsOf = "2023-12" })],
            real.Version + "-other");

        Assert.StartsWith(
            "Sorry, I don't have a figure for that. I only know China's MOOC figures, from Xinhua (5 Mar 2024).\n",
            ReplyText("how many moocs does india have", other),
            StringComparison.Ordinal);
        Assert.StartsWith(
            "Sorry, I don't have a figure for that. I have a figure of MOOCs (massive open online courses) in China only as of Dec 2023, none for the future.\n",
            ReplyText("how many moocs will there be next year", other),
            StringComparison.Ordinal);
        Assert.StartsWith(
            "Sorry, I don't have a figure for that. I only know the MOOC figures reported by Xinhua (figures from the Ministry of Education).\n",
            ReplyText("what is the capital of peru", other),
            StringComparison.Ordinal);
    }

    private static string ReplyText(string question, FactRepository repository) =>
        new ReplyComposer(repository).ComposeAnswer(new FactAnswerer(repository).Answer(question)).ToPlainText();
}
