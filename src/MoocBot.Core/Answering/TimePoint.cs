using System.Globalization;

namespace MoocBot.Core.Answering;

/// <summary>A year, or a month of a year, that a question names ("in 2020", "as of November 2022").</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month (1-12), or null when only the year is named.</param>
public readonly record struct TimePoint(int Year, int? Month = null)
{
    /// <summary>The first day the point covers.</summary>
    public DateOnly Start => new(Year, Month ?? 1, 1);

    /// <summary>The last day the point covers.</summary>
    public DateOnly End => Month is { } month ? new DateOnly(Year, month, DateTime.DaysInMonth(Year, month)) : new DateOnly(Year, 12, 31);

    /// <summary>"2021" or "March 2022", as a reply names the time asked about.</summary>
    public override string ToString() =>
        Month is { } month ? Start.ToString("MMMM yyyy", CultureInfo.InvariantCulture) : Year.ToString(CultureInfo.InvariantCulture);
}
