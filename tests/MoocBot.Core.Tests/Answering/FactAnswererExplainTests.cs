using MoocBot.Core.Answering;

namespace MoocBot.Core.Tests.Answering;

/// <summary><see cref="FactAnswerer.Explain"/> and <see cref="FactAnswerer.Answer(string)"/> share one evaluation.</summary>
public sealed class FactAnswererExplainTests
{
    [Theory]
    [InlineData(QuestionSet.Development)]
    [InlineData(QuestionSet.UnseenDecember2026)]
    [InlineData(QuestionSet.ChineseDecember2026)]
    public void Explain_EveryQuestionOfASet_EndsInTheFigureAnswerChose(string fileName)
    {
        var answerer = RealRepository.Answerer;
        var mismatches = new List<string>();

        foreach (var (question, _) in QuestionSet.Load(fileName))
        {
            var explained = LastLine(answerer.Explain(question).Trace);
            var answered = "answer: " + Explanation.Describe(answerer.Answer(question));
            if (explained != answered)
            {
                mismatches.Add($"{question}: explained '{explained}', answered '{answered}'");
            }
        }

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Explain_RefusedQuestion_NamesTheRuleThatRefusedIt()
    {
        var explanation = RealRepository.Answerer.Explain("How many MOOCs does India have?");

        Assert.Equal(AnswerStatus.NotFound, explanation.Answer.Status);
        Assert.Contains("refused by OutOfScopeRule", explanation.Trace, StringComparison.Ordinal);
        Assert.EndsWith("answer: not found (OtherCountry)", explanation.Trace, StringComparison.Ordinal);
    }

    [Fact]
    public void Explain_TimeScopedQuestion_ReadsTheTimeAsAnswerDoes()
    {
        const string Question = "how many more moocs in 2024 than in 2020";

        var explanation = RealRepository.Answerer.Explain(Question);

        Assert.Contains("read as", explanation.Trace, StringComparison.Ordinal);
        Assert.EndsWith("answer: answered national.moocs@2024-12", explanation.Trace, StringComparison.Ordinal);
    }

    private static string LastLine(string trace) => trace[(trace.LastIndexOf('\n') + 1)..];
}
