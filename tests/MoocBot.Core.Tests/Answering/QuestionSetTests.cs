using System.Globalization;
using MoocBot.Core.Answering;
using MoocBot.Core.Facts;
using Xunit.Abstractions;

namespace MoocBot.Core.Tests.Answering;

public sealed class QuestionSetTests(ITestOutputHelper output)
{
    private const double RequiredShare = 0.95;

    [Theory]
    [InlineData(QuestionSet.Development, 200, 40)]
    [InlineData(QuestionSet.UnseenDecember2026, 140, 100)]
    public void Answer_QuestionSet_MeetsBothBars(string fileName, int minAnswerable, int minOutOfScope)
    {
        var repository = FactRepositoryLoader.Load(TestData.FactsPath);
        var answerer = new FactAnswerer(repository);
        var questions = QuestionSet.Load(fileName);
        var answerable = questions.Where(q => q.Expected != QuestionSet.NotFound).ToList();
        var outOfScope = questions.Where(q => q.Expected == QuestionSet.NotFound).ToList();
        foreach (var (_, expected) in answerable.Where(q => q.Expected != QuestionSet.Ambiguous))
        {
            Assert.NotNull(repository.FindFact(expected.Split('@')[0]));
        }

        var answerableMisses = answerable.Where(q => !IsCorrect(answerer.Answer(q.Question), q.Expected)).ToList();
        var outOfScopeMisses = outOfScope.Where(q => !IsCorrect(answerer.Answer(q.Question), q.Expected)).ToList();
        var answerableShare = 1.0 - ((double)answerableMisses.Count / answerable.Count);
        var outOfScopeShare = 1.0 - ((double)outOfScopeMisses.Count / outOfScope.Count);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Answerable: {answerableShare:P1} top-1 correct ({answerable.Count - answerableMisses.Count}/{answerable.Count})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Out of scope: {outOfScopeShare:P1} not found ({outOfScope.Count - outOfScopeMisses.Count}/{outOfScope.Count})"));
        foreach (var (question, expected) in answerableMisses.Concat(outOfScopeMisses))
        {
            output.WriteLine($"MISS {question} -> expected {expected}, got {Describe(answerer.Answer(question))}");
        }

        Assert.True(answerable.Count >= minAnswerable, $"only {answerable.Count} answerable questions");
        Assert.True(outOfScope.Count >= minOutOfScope, $"only {outOfScope.Count} out-of-scope questions");
        Assert.True(answerableShare >= RequiredShare, $"answerable top-1 {answerableShare:P1} < 95%");
        Assert.True(outOfScopeShare >= RequiredShare, $"out-of-scope not-found {outOfScopeShare:P1} < 95%");
    }

    internal static bool IsCorrect(Answer answer, string expected) => expected switch
    {
        QuestionSet.NotFound => answer.Status == AnswerStatus.NotFound,
        QuestionSet.Ambiguous => answer.Status == AnswerStatus.Ambiguous,
        // "national.moocs@2020-12": that measure, at the observation as of that date (a time-scoped question).
        _ when expected.Split('@') is [var id, var asOf] => answer.Status == AnswerStatus.Answered && answer.Facts[0].Id == id && answer.Facts[0].AsOf == asOf,
        _ => answer.Status == AnswerStatus.Answered && answer.Facts[0].Id == expected,
    };

    internal static string Describe(Answer answer) => answer.Status switch
    {
        AnswerStatus.NotFound => "not_found" + (answer.Suggestions.Count > 0 ? " (suggests " + string.Join(", ", answer.Suggestions.Select(f => f.Id)) + ")" : ""),
        AnswerStatus.Ambiguous => "ambiguous [" + string.Join(", ", answer.Facts.Select(f => f.Id)) + "]",
        _ => string.Create(CultureInfo.InvariantCulture, $"{answer.Facts[0].Id}@{answer.Facts[0].AsOf} ({answer.Confidence:F2})"),
    };
}
