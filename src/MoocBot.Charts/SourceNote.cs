using MoocBot.Core.Charts;

namespace MoocBot.Charts;

/// <summary>The footnote: each source once, with the as-of dates of the figures it gave.</summary>
internal static class SourceNote
{
    /// <summary>"Sources: China Daily, 2 Nov 2019 (Aug 2019); Xinhua, 13 Dec 2024 (Dec 2024)."; in Chinese "来源：中国日报，2019年11月2日（2019年8月）；……。"</summary>
    public static string Text(ChartRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var words = ChartWords.Of(request);
        var bySource = request.Series
            .SelectMany(s => s.Points)
            .OrderBy(p => p.AsOf)
            .GroupBy(p => p.Source.Trim(), StringComparer.Ordinal)
            .Select(g => words.SourceWithDates(g.Key, g.Select(p => p.AsOfText).Distinct(StringComparer.Ordinal)))
            .ToList();
        return words.SourcesLead(bySource.Count) + string.Join(words.SourceSeparator, bySource) + words.End;
    }
}
