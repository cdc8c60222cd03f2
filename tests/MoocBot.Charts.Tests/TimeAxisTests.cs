namespace MoocBot.Charts.Tests;

public sealed class TimeAxisTests
{
    [Fact]
    public void X_FirstOfJanuary_IsTheYear() => Assert.Equal(2020, TimeAxis.X(new DateOnly(2020, 1, 1)));

    [Fact]
    public void Ticks_SevenYears_OneLabelAYear()
    {
        var ticks = TimeAxis.Ticks(2017.6, 2025.2);

        Assert.Equal(["2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"], ticks.Select(t => t.Label));
    }

    [Fact]
    public void Ticks_TwentyYears_AtMostEight()
    {
        var ticks = TimeAxis.Ticks(2000, 2020);

        Assert.InRange(ticks.Count, 5, 8);
    }

    [Fact]
    public void Ticks_FewMonths_MonthLabels()
    {
        var ticks = TimeAxis.Ticks(TimeAxis.X(new DateOnly(2024, 10, 1)), TimeAxis.X(new DateOnly(2025, 2, 1)));

        Assert.Contains("Nov 2024", ticks.Select(t => t.Label));
        Assert.Contains("Jan 2025", ticks.Select(t => t.Label));
    }
}
