using MoocBot.Core.Answering;
using MoocBot.Core.Facts;
using Microsoft.Extensions.Time.Testing;

namespace MoocBot.Core.Tests.Answering;

public sealed class FactAnswererTimeTests
{
    private static FactAnswerer Answerer => RealRepository.Answerer;

    [Theory]
    [InlineData("how many moocs were there in 2020", "2020-12", "more than 34,000")]
    [InlineData("how many MOOCs as of June 2022", "2022-06", "more than 52,500")]
    [InlineData("how many moocs in Dec 2024", "2024-12", "more than 97,000")]
    [InlineData("how many moocs did china have in 2019", "2019-08", "about 15,000")]
    [InlineData("how many moocs in the People's Daily article", "2022-11", "62,000")]
    [InlineData("how many learners in Jan 2024", "2024-01", "about 1.27 billion")]
    public void Answer_QuestionNamingATime_AnswersWithThatObservation(string question, string asOf, string display)
    {
        var answer = Answerer.Answer(question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(asOf, answer.Facts[0].AsOf);
        Assert.Equal(display, answer.Facts[0].Display);
        Assert.Equal(TimeOutcome.Picked, answer.Time?.Outcome);
    }

    [Fact]
    public void Answer_YearWithSeveralObservations_TakesTheNewestWithinThatYear()
    {
        // 2022 holds Jun 2022 (52,500), Nov 2022 (61,900, China.org.cn) and Nov 2022 (62,000, People's Daily).
        var answer = Answerer.Answer("how many moocs in 2022");

        Assert.Equal("62,000", answer.Facts[0].Display);
        Assert.Equal("2022-11", answer.Facts[0].AsOf);
    }

    [Fact]
    public void Answer_YearBetweenObservations_IsNotFoundWithTheNearestBeforeAndAfter()
    {
        var answer = Answerer.Answer("how many moocs in 2021");

        Assert.Equal(AnswerStatus.NotFound, answer.Status);
        Assert.Equal(NotFoundReason.BetweenObservations, answer.Reason);
        Assert.Equal(["2020-12", "2022-06"], answer.Suggestions.Select(f => f.AsOf));
        Assert.All(answer.Suggestions, f => Assert.Equal("national.moocs", f.Id));
    }

    [Theory]
    [InlineData("how many moocs in 2015")]
    [InlineData("how many moocs will china have by 2025")]
    [InlineData("how many registered users in 2021")]
    public void Answer_TimeOutsideTheMeasuresObservations_IsOtherTimeWithTheMeasure(string question)
    {
        var answer = Answerer.Answer(question);

        Assert.Equal(AnswerStatus.NotFound, answer.Status);
        Assert.Equal(NotFoundReason.OtherTime, answer.Reason);
        Assert.Equal(TimeOutcome.Outside, answer.Time?.Outcome);
        Assert.Empty(answer.Facts);
    }

    [Theory]
    [InlineData("how many moocs last year", 2025, "2024-12")]
    [InlineData("how many moocs two years ago", 2026, "2024-12")]
    [InlineData("how many moocs two years ago", 2022, "2020-12")]
    public void Answer_RelativeYear_ReadsTheClock(string question, int clockYear, string asOf)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(clockYear, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var answer = new FactAnswerer(RealRepository.Repository, clock).Answer(question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(asOf, answer.Facts[0].AsOf);
    }

    [Fact]
    public void Answer_LastYearAfterTheNewestFigure_IsOtherTime()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 1, 12, 0, 0, TimeSpan.Zero));
        var answer = new FactAnswerer(RealRepository.Repository, clock).Answer("how many moocs last year");

        Assert.Equal(AnswerStatus.NotFound, answer.Status);
        Assert.Equal(NotFoundReason.OtherTime, answer.Reason);
        Assert.Equal(new TimePoint(2025), answer.Time?.Scope.At);
    }

    [Theory]
    [InlineData("How much did the number of MOOCs grow since 2020?", "2020-12")]
    [InlineData("how many more MOOCs than in 2019", "2019-08")]
    [InlineData("how many more moocs in 2024 than in 2020", "2020-12")]
    [InlineData("how many more MOOCs were there in December 2024 than in 2020?", "2020-12")]
    [InlineData("2020年以来慕课增加了多少", "2020-12")]
    [InlineData("慕课数量比2020年增加了多少", "2020-12")]
    [InlineData("与2019年相比，慕课多了多少", "2019-08")]
    [InlineData("从2020年到2024年慕课增长了多少", "2020-12")]
    public void Answer_ChangeSinceAYear_GivesBothObservationsOfOneMeasure(string question, string fromAsOf)
    {
        var answer = Answerer.Answer(question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(TimeOutcome.Change, answer.Time?.Outcome);
        Assert.Equal(fromAsOf, answer.Time!.From!.AsOf);
        Assert.Equal("2024-12", answer.Facts[0].AsOf);
        Assert.Same(answer.Time.Measure, RealRepository.Repository.FindMeasure(answer.Facts[0].Id));
    }

    [Fact]
    public void FigureChange_QualifiedFigures_IsApproximateWithPercent()
    {
        var change = FigureChange.Between(
            new Observation { Value = 34000, Qualifier = Qualifier.MoreThan, Display = "more than 34,000", AsOf = "2020-12", Evidence = new ReportCitation("r", "s") },
            new Observation { Value = 97000, Qualifier = Qualifier.MoreThan, Display = "more than 97,000", AsOf = "2024-12", Evidence = new ReportCitation("r", "s") },
            "courses");

        Assert.NotNull(change);
        Assert.Equal("an increase of about 63,000 (about +185%)", change.Describe());
    }

    [Fact]
    public void FigureChange_ExactPercentages_IsExactInPointsWithoutPercent()
    {
        var change = FigureChange.Between(
            new Observation { Value = 90.5m, Display = "90.5%", AsOf = "2020", Evidence = new ReportCitation("r", "s") },
            new Observation { Value = 97.3m, Display = "97.3%", AsOf = "2022", Evidence = new ReportCitation("r", "s") },
            Quantity.Percent);

        Assert.NotNull(change);
        Assert.False(change.IsApproximate);
        Assert.Equal("an increase of 6.8 percentage points", change.Describe());
    }
}
