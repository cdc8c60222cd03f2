using MoocBot.Core.Facts;

namespace MoocBot.Core.Answering;

/// <summary>
/// How a measure changed between two of its observations, computed by the bot (no source reports it). Qualifiers
/// combine so: two exact figures give an exact change; when either figure is qualified ("more than", "nearly",
/// "about") the change is only about that much, since "more than 34,000" and "more than 97,000" bound neither the
/// change's top nor its bottom, and it is rounded to three significant digits. The percent is given for counts whose
/// older figure is above zero; for a percentage the change is in points and no percent is given.
/// </summary>
/// <param name="Difference">Newer minus older value (negative for a fall).</param>
/// <param name="IsApproximate">True when either figure is qualified.</param>
/// <param name="Percent">The change relative to the older figure, in percent (rounded to a whole percent), or null when not meaningful.</param>
/// <param name="Unit">The measure's unit.</param>
public sealed record FigureChange(decimal Difference, bool IsApproximate, decimal? Percent, string Unit)
{
    /// <summary>The change from <paramref name="from"/> to <paramref name="to"/>, or null when either has no value.</summary>
    public static FigureChange? Between(Observation from, Observation to, string unit)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (from.Value is not { } older || to.Value is not { } newer || unit is "year" or "rank")
        {
            return null;
        }

        var approximate = from.Qualifier != Qualifier.Exact || to.Qualifier != Qualifier.Exact;
        var difference = newer - older;
        if (approximate)
        {
            difference = RoundSignificant(difference, 3);
        }

        decimal? percent = older > 0 && unit != Quantity.Percent ? Math.Round((newer - older) / older * 100m, 0, MidpointRounding.AwayFromZero) : null;
        return new FigureChange(difference, approximate, percent, unit);
    }

    /// <summary>
    /// "an increase of about 63,000 (about +185%)", "a decrease of 2 percentage points", "no change"; the words
    /// say "about" when <see cref="IsApproximate"/>.
    /// </summary>
    public string Describe()
    {
        if (Difference == 0)
        {
            return IsApproximate ? "about no change" : "no change";
        }

        var about = IsApproximate ? "about " : string.Empty;
        var direction = Difference > 0 ? "an increase of " : "a decrease of ";
        var amount = Unit == Quantity.Percent
            ? FactFormatter.FormatNumber(Math.Abs(Difference)) + " percentage points"
            : FactFormatter.FormatNumber(Math.Abs(Difference));
        var percent = Percent is { } p
            ? " (" + about + (p > 0 ? "+" : "−") + FactFormatter.FormatNumber(Math.Abs(p)) + "%)"
            : string.Empty;
        return direction + about + amount + percent;
    }

    private static decimal RoundSignificant(decimal value, int digits)
    {
        if (value == 0)
        {
            return 0;
        }

        var magnitude = (int)Math.Floor(Math.Log10((double)Math.Abs(value)));
        var scale = (decimal)Math.Pow(10, magnitude - digits + 1);
        return Math.Round(value / scale, 0, MidpointRounding.AwayFromZero) * scale;
    }
}
