using System.Globalization;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Conversations;

/// <summary>Small wording helpers shared by the composer and the commands.</summary>
internal static class FactText
{
    private const int MaxButtonLabel = 40;

    public static string Capitalize(string text) =>
        text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>"2022-11" → "November 2022", "2022-11-30" → "30 November 2022", "2020" → "2020".</summary>
    public static string AsOfWords(string asOf)
    {
        if (DateOnly.TryParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        }

        if (DateOnly.TryParseExact(asOf + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        }

        return asOf;
    }

    /// <summary>"People's Daily, 2 Jan 2023, reporter Ding Yasong; figures from the Ministry of Education".</summary>
    public static string SourceLine(Article article)
    {
        var line = article.Publisher + ", " + article.Date.ToString("d MMM yyyy", CultureInfo.InvariantCulture);
        if (article.Reporter is { } reporter)
        {
            line += ", reporter " + reporter;
        }

        if (article.DataFrom is { } dataFrom)
        {
            line += "; figures from the " + dataFrom;
        }

        return line;
    }

    public static string ButtonLabel(string counts)
    {
        var label = Capitalize(counts);
        return label.Length <= MaxButtonLabel ? label : label[..(MaxButtonLabel - 1)].TrimEnd() + "…";
    }
}
