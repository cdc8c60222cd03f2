using System.Globalization;
using System.Text.RegularExpressions;
using MoocBot.Core.Answering;

namespace MoocBot.Core.Tests.Answering;

/// <summary>
/// <see cref="FactAnswerer.Explain"/> and <see cref="FactAnswerer.Answer(string)"/> share one evaluation, and the explanation
/// shows each candidate's score as its match plus every factor's change.
/// </summary>
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
            var explanation = answerer.Explain(question);
            var answer = answerer.Answer(question);
            var explained = LastLine(explanation.Trace);
            var answered = "answer: " + Explanation.Describe(answer);
            if (explained != answered || explanation.Answer.Status != answer.Status)
            {
                mismatches.Add($"{question}: explained '{explained}', answered '{answered}'");
            }

            // A figure chosen on the scores (not swapped for another by the time named) is the best candidate explained.
            var best = explanation.Candidates.Count > 0 ? explanation.Candidates[0].FactId : null;
            if (answer is { Status: AnswerStatus.Answered, Time: null } && best != answer.Facts[0].Id)
            {
                mismatches.Add($"{question}: best candidate explained '{best}', answered '{answer.Facts[0].Id}'");
            }
        }

        Assert.Empty(mismatches);
    }

    [Theory]
    [InlineData(QuestionSet.Development)]
    [InlineData(QuestionSet.ChineseDecember2026)]
    public void Explain_EveryCandidateOfASet_ItsMatchAndFactorChangesAddUpToItsScore(string fileName)
    {
        var answerer = RealRepository.Answerer;
        var problems = new List<string>();
        var candidates = 0;

        foreach (var (question, _) in QuestionSet.Load(fileName))
        {
            var explanation = answerer.Explain(question);
            var lines = explanation.Trace.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).ToList();
            if (lines.Count != explanation.Candidates.Count)
            {
                problems.Add($"{question}: {lines.Count} candidate lines for {explanation.Candidates.Count} candidates");
                continue;
            }

            foreach (var (candidate, line) in explanation.Candidates.Zip(lines))
            {
                candidates++;
                var sum = candidate.Match + candidate.Factors.Sum(f => f.Change);
                if (Math.Abs(sum - candidate.Score) > 1e-5 || candidate.Factors.Select(f => f.Factor).SequenceEqual(FactorNames) is false)
                {
                    problems.Add($"{question}: {candidate.FactId} {candidate.Match} + {string.Join(" + ", candidate.Factors)} is not {candidate.Score}");
                }

                if (PrintedParts(line) is not var (score, parts) || parts.Sum() != score)
                {
                    problems.Add($"{question}: the printed parts of '{line}' do not add up to its score");
                }
            }
        }

        Assert.Empty(problems);
        Assert.True(candidates > 500, $"only {candidates} candidates explained");
    }

    [Fact]
    public void Explain_RegionalFigureForAWholeCountryQuestion_ShowsTheScopeFactorLoweringIt()
    {
        var explanation = RealRepository.Answerer.Explain("How many universities are there in China?");

        var west = Assert.Single(explanation.Candidates, c => c.FactId == "west.universities");
        Assert.True(west.Factors.Single(f => f.Factor == "Scope").Change < 0, explanation.Trace);
        Assert.Contains("west.universities score=", explanation.Trace, StringComparison.Ordinal);
        Assert.Matches(@"west\.universities score=\S+ = match \S+ \(cov=\S+ fit=\S+\) Intent [+-]\S+ YesNo [+-]\S+ Year [+-]\S+ Scope -\S+ Head [+-]\S+", explanation.Trace);
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

    private static readonly string[] FactorNames = ["Intent", "YesNo", "Year", "Scope", "Head"];

    private static string LastLine(string trace) => trace[(trace.LastIndexOf('\n') + 1)..];

    /// <summary>A candidate line's printed score, and its match and factor changes as printed ("match 0.912 ... Scope -0.088").</summary>
    private static (decimal Score, List<decimal> Parts)? PrintedParts(string line)
    {
        var match = Regex.Match(line, @"score=(?<score>\d+\.\d{3}) = match (?<match>\d+\.\d{3}) \(cov=\S+ fit=\S+\)(?<factors>(?: \w+ [+-]\d+\.\d{3})+)$");
        if (!match.Success)
        {
            return null;
        }

        var parts = new List<decimal> { Parse(match.Groups["match"].Value) };
        parts.AddRange(match.Groups["factors"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where((_, i) => i % 2 == 1).Select(Parse));
        return (Parse(match.Groups["score"].Value), parts);
    }

    private static decimal Parse(string number) => decimal.Parse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
}
