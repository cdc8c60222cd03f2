using System.Globalization;

namespace MoocBot.Core.Facts;

/// <summary>
/// Consistent wording for figures, as-of dates and sources: "nearly 100,000", "979 million", "97.3%",
/// "November 2022", "People's Daily, 2 Jan 2023, reporter Ding Yasong; figures from the Ministry of Education".
/// </summary>
public static class FactFormatter
{
    private const decimal Million = 1_000_000m;
    private const decimal Billion = 1_000_000_000m;
    private const decimal Trillion = 1_000_000_000_000m;

    // A scale word reads well only when the rest is short: "1.714 million" yes, "3.2724 million" no.
    private const int MaxScaledDecimals = 3;

    private static readonly string[] OrdinalWords =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"];

    /// <summary>
    /// The fact's figure with its qualifier and unit ("nearly 100,000", "29.2 billion", "97.3%");
    /// for a statement (no value), its <see cref="Fact.Display"/>.
    /// </summary>
    public static string FormatFigure(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.Value is { } value ? FormatFigure(value, fact.Qualifier, fact.Unit) : fact.Display;
    }

    /// <summary>
    /// A figure with its qualifier: "nearly 100,000", "979 million", "97.3%"; a year stays "2020" and a
    /// rank reads "first".
    /// </summary>
    public static string FormatFigure(decimal value, Qualifier qualifier, string? unit)
    {
        var number = unit switch
        {
            Quantity.Percent => FormatNumber(value) + "%",
            "year" when decimal.IsInteger(value) => value.ToString("0", CultureInfo.InvariantCulture),
            "rank" when decimal.IsInteger(value) && value > 0 => Ordinal(value),
            _ => FormatNumber(value),
        };
        return QualifierWords(qualifier) + number;
    }

    /// <summary>The number alone, with a scale word when it reads better: "62,000", "979 million", "29.2 billion".</summary>
    public static string FormatNumber(decimal value)
    {
        var magnitude = Math.Abs(value);
        foreach (var (scale, word) in (ReadOnlySpan<(decimal, string)>)[(Trillion, "trillion"), (Billion, "billion"), (Million, "million")])
        {
            if (magnitude >= scale)
            {
                var scaled = value / scale;
                if (scaled == Math.Round(scaled, MaxScaledDecimals))
                {
                    return scaled.ToString("#,0.###", CultureInfo.InvariantCulture) + " " + word;
                }

                break;
            }
        }

        return value.ToString("#,0.############################", CultureInfo.InvariantCulture);
    }

    /// <summary>"nearly ", "more than ", "about " or nothing, ready to put before a number.</summary>
    public static string QualifierWords(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Nearly => "nearly ",
        Qualifier.MoreThan => "more than ",
        Qualifier.About => "about ",
        _ => "",
    };

    /// <summary>"2022-11" → "November 2022", "2022-11-30" → "30 November 2022", "2020" → "2020"; anything else unchanged.</summary>
    public static string FormatAsOf(string asOf)
    {
        ArgumentNullException.ThrowIfNull(asOf);
        if (TryParseAsOf(asOf, out var start, out var precision))
        {
            return precision switch
            {
                AsOfPrecision.Day => start.ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
                AsOfPrecision.Month => start.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
                _ => start.ToString("yyyy", CultureInfo.InvariantCulture),
            };
        }

        return asOf;
    }

    /// <summary>"People's Daily, 2 Jan 2023, reporter Ding Yasong; figures from the Ministry of Education".</summary>
    public static string FormatSource(Article article) => FormatSource(FactSource.Of(article));

    /// <summary>
    /// The source line: "People's Daily, 2 Jan 2023, reporter Ding Yasong; figures from the Ministry of Education" for a
    /// stored article, "reported by Xinhua (People's Daily Online), 13 Dec 2024" for a cited report.
    /// </summary>
    public static string FormatSource(FactSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.IsReport)
        {
            return "reported by " + source.Publisher + ", " + FormatPublished(source.Date);
        }

        var line = source.Publisher + ", " + FormatPublished(source.Date);
        if (!string.IsNullOrWhiteSpace(source.Reporter))
        {
            line += ", reporter " + source.Reporter;
        }

        if (FormatDataFrom(source.DataFrom) is { } from)
        {
            line += "; figures from " + from;
        }

        return line;
    }

    /// <summary>"2024-12-13" → "13 Dec 2024", "2024-12" → "Dec 2024" (a report whose day is not known); anything else unchanged.</summary>
    public static string FormatPublished(string date)
    {
        ArgumentNullException.ThrowIfNull(date);
        return TryParseAsOf(date, out var start, out var precision) ? FormatShort(start, precision) : date;
    }

    /// <summary>"2022-11" → "Nov 2022", "2022-11-30" → "30 Nov 2022", "2020" → "2020": an as-of date in a one-line summary.</summary>
    public static string FormatShortAsOf(string asOf)
    {
        ArgumentNullException.ThrowIfNull(asOf);
        return TryParseAsOf(asOf, out var start, out var precision) ? FormatShort(start, precision) : asOf;
    }

    /// <summary>The publisher's name without what follows it in brackets: "Xinhua (People's Daily Online)" → "Xinhua".</summary>
    public static string ShortPublisher(string publisher)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        var bracket = publisher.IndexOf(" (", StringComparison.Ordinal);
        return bracket > 0 ? publisher[..bracket] : publisher;
    }

    /// <summary>A figure in one line with its date and source: "more than 97,000 (Dec 2024, Xinhua)", "62,000 (Nov 2022, People's Daily)".</summary>
    public static string FormatBrief(Fact fact, FactSource source)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(source);
        return fact.Display + " (" + FormatShortAsOf(fact.AsOf) + ", " + ShortPublisher(source.Publisher) + ")";
    }

    /// <summary>"2 Jan 2023": how a publication date is written wherever the bot names its source.</summary>
    public static string FormatDate(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>"the Ministry of Education", or null when the article does not say where its figures come from.</summary>
    public static string? FormatDataFrom(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return FormatDataFrom(article.DataFrom);
    }

    private static string? FormatDataFrom(string? dataFrom)
    {
        if (string.IsNullOrWhiteSpace(dataFrom))
        {
            return null;
        }

        return dataFrom.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? dataFrom : "the " + dataFrom;
    }

    private static string FormatShort(DateOnly start, AsOfPrecision precision) => precision switch
    {
        AsOfPrecision.Day => start.ToString("d MMM yyyy", CultureInfo.InvariantCulture),
        AsOfPrecision.Month => start.ToString("MMM yyyy", CultureInfo.InvariantCulture),
        _ => start.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>Reads an as-of date written YYYY, YYYY-MM or YYYY-MM-DD; <paramref name="start"/> is its first day.</summary>
    internal static bool TryParseAsOf(string asOf, out DateOnly start, out AsOfPrecision precision)
    {
        precision = asOf.Length switch
        {
            4 => AsOfPrecision.Year,
            7 => AsOfPrecision.Month,
            10 => AsOfPrecision.Day,
            _ => AsOfPrecision.None,
        };
        var format = precision switch
        {
            AsOfPrecision.Year => "yyyy",
            AsOfPrecision.Month => "yyyy-MM",
            AsOfPrecision.Day => "yyyy-MM-dd",
            _ => null,
        };
        if (format is not null && DateOnly.TryParseExact(asOf, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out start))
        {
            return true;
        }

        start = default;
        precision = AsOfPrecision.None;
        return false;
    }

    private static string Ordinal(decimal value)
    {
        if (value <= OrdinalWords.Length)
        {
            return OrdinalWords[(int)value - 1];
        }

        var hundredth = value % 100;
        var suffix = hundredth is >= 11 and <= 13 ? "th" : (value % 10) switch
        {
            1 => "st",
            2 => "nd",
            3 => "rd",
            _ => "th",
        };
        return value.ToString("0", CultureInfo.InvariantCulture) + suffix;
    }
}
