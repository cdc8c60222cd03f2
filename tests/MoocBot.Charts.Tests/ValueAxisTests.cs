namespace MoocBot.Charts.Tests;

public sealed class ValueAxisTests
{
    [Theory]
    [InlineData(0d, "courses", "0")]
    [InlineData(62000d, "courses", "62,000")]
    [InlineData(1.2000000000000002E9, "person-times", "1.2 billion")]
    [InlineData(1.39e9, "person-times", "1.39 billion")]
    [InlineData(250_000_000d, "people", "250 million")]
    [InlineData(40d, "%", "40%")]
    public void Format_TickValue_ReadsAsTheBotWritesNumbers(double value, string unit, string expected) =>
        Assert.Equal(expected, ValueAxis.Format(value, unit));

    [Fact]
    public void Ticks_MoocCounts_EveryTwentyThousandFromZero() =>
        Assert.Equal([0, 20_000, 40_000, 60_000, 80_000, 100_000], ValueAxis.Ticks(0, 118_340, 8));

    [Fact]
    public void Ticks_SmallWholeCounts_NeverHalfSteps() =>
        Assert.All(ValueAxis.Ticks(0, 12, 8), t => Assert.Equal(0, t % 1));

    [Fact]
    public void Limits_PositiveValues_StartAtZeroWithHeadroom()
    {
        var (min, max) = ValueAxis.Limits(SampleSeries.Moocs().Points);

        Assert.Equal(0, min);
        Assert.True(max > 97_000 * 1.1);
    }
}
