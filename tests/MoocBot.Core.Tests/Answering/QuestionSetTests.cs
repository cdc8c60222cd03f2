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
        var score = Measure(fileName);

        Assert.True(score.Answerable >= minAnswerable, $"only {score.Answerable} answerable questions");
        Assert.True(score.OutOfScope >= minOutOfScope, $"only {score.OutOfScope} out-of-scope questions");
        Assert.True(score.AnswerableShare >= RequiredShare, $"answerable top-1 {score.AnswerableShare:P1} < 95%");
        Assert.True(score.OutOfScopeShare >= RequiredShare, $"out-of-scope not-found {score.OutOfScopeShare:P1} < 95%");
    }

    /// <summary>
    /// The Chinese set is held to the same 95%/95% bar as the English sets, and to the figures it has reached, so
    /// no change lowers them (see the file's header for the first, untuned run).
    /// </summary>
    [Fact]
    public void Answer_ChineseQuestionSet_MeetsBothBarsAndKeepsItsFigures()
    {
        // 144 before Chinese aliases in data/facts.json became phrases of their own, 148 before the lead's change
        // questions (and the Chinese change words and "2020年以来"/"比2020年" shapes) were added: 7 answerable, 1 out of
        // scope; then 全球有多少慕课 and a paraphrase, 2 out of scope.
        const int ReachedAnswerable = 155;
        const int ReachedOutOfScope = 99;

        var score = Measure(QuestionSet.ChineseDecember2026);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Goal: {RequiredShare:P0} on both; reached so far {ReachedAnswerable} and {ReachedOutOfScope} right."));
        Assert.True(score.Answerable >= 150, $"only {score.Answerable} answerable questions");
        Assert.True(score.OutOfScope >= 90, $"only {score.OutOfScope} out-of-scope questions");
        Assert.True(score.AnswerableRight >= ReachedAnswerable, $"answerable right {score.AnswerableRight} < {ReachedAnswerable} reached before");
        Assert.True(score.OutOfScopeRight >= ReachedOutOfScope, $"out-of-scope refused {score.OutOfScopeRight} < {ReachedOutOfScope} reached before");
        Assert.True(score.AnswerableShare >= RequiredShare, $"answerable top-1 {score.AnswerableShare:P1} < 95%");
        Assert.True(score.OutOfScopeShare >= RequiredShare, $"out-of-scope not-found {score.OutOfScopeShare:P1} < 95%");
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

    private SetScore Measure(string fileName)
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
        var score = new SetScore(answerable.Count, answerable.Count - answerableMisses.Count, outOfScope.Count, outOfScope.Count - outOfScopeMisses.Count);

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Answerable: {score.AnswerableShare:P1} top-1 correct ({score.AnswerableRight}/{score.Answerable})"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Out of scope: {score.OutOfScopeShare:P1} not found ({score.OutOfScopeRight}/{score.OutOfScope})"));
        foreach (var (question, expected) in answerableMisses.Concat(outOfScopeMisses))
        {
            output.WriteLine($"MISS {question} -> expected {expected}, got {Describe(answerer.Answer(question))}");
        }

        return score;
    }

    private sealed record SetScore(int Answerable, int AnswerableRight, int OutOfScope, int OutOfScopeRight)
    {
        public double AnswerableShare => (double)AnswerableRight / Answerable;

        public double OutOfScopeShare => (double)OutOfScopeRight / OutOfScope;
    }
}
