using System.Globalization;
using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Charts;

/// <summary>One observation of a measure, as a chart marks it.</summary>
public sealed record ChartPoint
{
    /// <summary>The first day of the period the figure describes: 1 Nov 2022 for "2022-11".</summary>
    public required DateOnly AsOf { get; init; }

    /// <summary>Whether <see cref="AsOf"/> names a year, a month or a day; the axis and labels write it that precisely.</summary>
    public required AsOfPrecision Precision { get; init; }

    /// <summary>The number in plain units (62000, 1390000000, 97.3).</summary>
    public required decimal Value { get; init; }

    /// <summary>How the source qualifies the figure; the chart shows "more than", "nearly" and "about" with the point.</summary>
    public Qualifier Qualifier { get; init; }

    /// <summary>The figure in words as the bot writes it ("more than 97,000").</summary>
    public required string Display { get; init; }

    /// <summary>Where the figure comes from, short ("Xinhua, 13 Dec 2024"); the chart's footnote lists each once.</summary>
    public required string Source { get; init; }

    /// <summary>
    /// A point from an as-of date written as in the fact repository ("2022-11", "2022-11-30", "2020"); the display text
    /// defaults to the figure as <see cref="FactFormatter.FormatFigure(decimal, Qualifier, string?)"/> writes it.
    /// </summary>
    /// <exception cref="ArgumentException">The as-of date is not YYYY, YYYY-MM or YYYY-MM-DD.</exception>
    public static ChartPoint At(string asOf, decimal value, Qualifier qualifier, string source, string? unit = null, string? display = null)
    {
        ArgumentNullException.ThrowIfNull(asOf);
        ArgumentNullException.ThrowIfNull(source);
        if (!FactFormatter.TryParseAsOf(asOf, out var start, out var precision))
        {
            throw new ArgumentException($"\"{asOf}\" is not an as-of date (YYYY, YYYY-MM or YYYY-MM-DD).", nameof(asOf));
        }

        return new ChartPoint
        {
            AsOf = start,
            Precision = precision,
            Value = value,
            Qualifier = qualifier,
            Display = display ?? FactFormatter.FormatFigure(value, qualifier, unit),
            Source = source,
        };
    }

    /// <summary>The language of <see cref="Display"/>, <see cref="Source"/> and <see cref="AsOfText"/>; Auto means English.</summary>
    public ChatLanguage Language { get; init; }

    /// <summary>The as-of date as precisely as it is known: "Dec 2024", "30 Nov 2022", "2020"; in Chinese "2024年12月", "2022年11月30日", "2020年".</summary>
    public string AsOfText => (Precision, Language) switch
    {
        (_, ChatLanguage.Chinese) => ChineseFactFormatter.FormatAsOf(AsOf, Precision),
        (AsOfPrecision.Day, _) => AsOf.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        (AsOfPrecision.Month, _) => AsOf.ToString("MMM yyyy", CultureInfo.InvariantCulture),
        _ => AsOf.ToString("yyyy", CultureInfo.InvariantCulture),
    };
}
