using System.Collections.Frozen;
using System.Globalization;

namespace MoocBot.Core.Facts;

/// <summary>
/// Chinese wording for figures, as-of dates and sources: "6.2万门", "9.79亿人次", "近10万份", "97.3%",
/// "2022年11月", "人民日报，2023年1月2日，记者丁雅诵；数据来自教育部". The English wording is
/// <see cref="FactFormatter"/>'s.
/// </summary>
public static class ChineseFactFormatter
{
    private const decimal Wan = 10_000m;
    private const decimal Yi = 100_000_000m;
    private const decimal WanYi = 1_000_000_000_000m;

    // "327.24万" reads well; more decimals than this and the plain number is clearer.
    private const int MaxScaledDecimals = 4;

    // The unit noun (or measure word) written after a figure, by the fact's English unit.
    private static readonly FrozenDictionary<string, string> Units = ChineseWords.Units;

    /// <summary>
    /// The fact's figure in Chinese ("6.2万门", "近10万份"); for a statement, its Chinese wording, or its
    /// <see cref="Fact.Display"/> when the repository keeps none.
    /// </summary>
    public static string FormatFigure(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.Value is { } value ? FormatFigure(value, fact.Qualifier, fact.Unit) : fact.ChineseDisplay ?? fact.Display;
    }

    /// <summary>What the fact counts in Chinese, or in English when the repository keeps no Chinese wording.</summary>
    public static string Counts(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.ChineseCounts ?? fact.Counts;
    }

    /// <summary>The measure's short label in Chinese, or its English label when none is kept.</summary>
    public static string Label(Measure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        return measure.ChineseLabel ?? measure.Label;
    }

    /// <summary>The Chinese unit noun or measure word for a fact's English unit ("courses" → "门"), or null when none is kept.</summary>
    public static string? UnitNoun(string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return Units.GetValueOrDefault(unit);
    }

    /// <summary>
    /// A figure with its qualifier and unit noun: "6.2万门", "9.79亿人次", "超过300个", "97.3%"; a year
    /// reads "2020年" and a rank "第一".
    /// </summary>
    public static string FormatFigure(decimal value, Qualifier qualifier, string? unit)
    {
        var number = unit switch
        {
            Quantity.Percent => FormatNumber(value) + "%",
            "year" when decimal.IsInteger(value) => value.ToString("0", CultureInfo.InvariantCulture) + "年",
            "rank" when decimal.IsInteger(value) && value > 0 => "第" + FormatRank(value),
            _ => FormatNumber(value) + (unit is not null && Units.TryGetValue(unit, out var noun) ? noun : ""),
        };
        return QualifierWords(qualifier) + number;
    }

    /// <summary>The number alone, in 万 or 亿 when it reads better: "6.2万", "9.79亿", "292亿", "725".</summary>
    public static string FormatNumber(decimal value)
    {
        var magnitude = Math.Abs(value);
        foreach (var (scale, word) in (ReadOnlySpan<(decimal, string)>)[(WanYi, "万亿"), (Yi, "亿"), (Wan, "万")])
        {
            if (magnitude < scale)
            {
                continue;
            }

            var scaled = value / scale;
            if (scaled == Math.Round(scaled, MaxScaledDecimals))
            {
                return scaled.ToString("0.####", CultureInfo.InvariantCulture) + word;
            }

            break;
        }

        return value.ToString("0.############################", CultureInfo.InvariantCulture);
    }

    /// <summary>"近", "超过", "约" or nothing, ready to put before a number.</summary>
    public static string QualifierWords(Qualifier qualifier) => qualifier switch
    {
        Qualifier.Nearly => "近",
        Qualifier.MoreThan => "超过",
        Qualifier.About => "约",
        _ => "",
    };

    /// <summary>"2022-11" → "2022年11月", "2022-11-30" → "2022年11月30日", "2020" → "2020年"; anything else unchanged.</summary>
    public static string FormatAsOf(string asOf)
    {
        ArgumentNullException.ThrowIfNull(asOf);
        if (!FactFormatter.TryParseAsOf(asOf, out var start, out var precision))
        {
            return asOf;
        }

        return FormatAsOf(start, precision);
    }

    /// <summary>"2022年11月30日", "2022年11月" or "2022年": a date as precisely as it is known.</summary>
    public static string FormatAsOf(DateOnly start, AsOfPrecision precision) => precision switch
    {
        AsOfPrecision.Day => FormatDate(start),
        AsOfPrecision.Month => FormatMonth(start.Year, start.Month),
        _ => FormatYear(start.Year),
    };

    /// <summary>"2022年11月".</summary>
    public static string FormatMonth(int year, int month) => string.Create(CultureInfo.InvariantCulture, $"{year}年{month}月");

    /// <summary>"2022年".</summary>
    public static string FormatYear(int year) => string.Create(CultureInfo.InvariantCulture, $"{year}年");

    /// <summary>"2023年1月2日": how a publication date is written in a Chinese source line.</summary>
    public static string FormatDate(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    /// <summary>"人民日报，2023年1月2日，记者丁雅诵；数据来自教育部".</summary>
    public static string FormatSource(Article article) => FormatSource(FactSource.Of(article));

    /// <summary>
    /// The source line in Chinese: "人民日报，2023年1月2日，记者丁雅诵；数据来自教育部" for a stored article,
    /// "新华社（人民网）报道，2024年12月13日" for a cited report.
    /// </summary>
    public static string FormatSource(FactSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.IsReport)
        {
            return ChineseNames.Translate(source.Publisher) + "报道，" + FormatAsOf(source.Date);
        }

        var line = ChineseNames.Translate(source.Publisher) + "，" + FormatAsOf(source.Date);
        if (!string.IsNullOrWhiteSpace(source.Reporter))
        {
            line += "，记者" + ChineseNames.Translate(source.Reporter);
        }

        if (!string.IsNullOrWhiteSpace(source.DataFrom))
        {
            line += "；数据来自" + ChineseNames.Translate(source.DataFrom);
        }

        return line;
    }

    /// <summary>The publisher's short name in Chinese: "Xinhua (People's Daily Online)" → "新华社".</summary>
    public static string ShortPublisher(string publisher) => ChineseNames.Translate(FactFormatter.ShortPublisher(publisher));

    /// <summary>A figure in one line with its date and source: "超过9.7万门（2024年12月，新华社）".</summary>
    public static string FormatBrief(Fact fact, FactSource source)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentNullException.ThrowIfNull(source);
        return FormatFigure(fact) + "（" + FormatAsOf(fact.AsOf) + "，" + ShortPublisher(source.Publisher) + "）";
    }

    private static string FormatRank(decimal value)
    {
        ReadOnlySpan<string> numerals = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
        return value <= numerals.Length ? numerals[(int)value - 1] : value.ToString("0", CultureInfo.InvariantCulture);
    }
}
