namespace MoocBot.Core.Facts;

/// <summary>Where a figure comes from, whether a stored article or a cited report.</summary>
/// <param name="Id">The article's or report's id.</param>
/// <param name="Title">The article's headline, or a report's own name (its publisher when it has none).</param>
/// <param name="Publisher">Who published it.</param>
/// <param name="Date">When: "2023-01-02", or "2024-12" for a report whose day is not known.</param>
/// <param name="Url">Where it can be read, if known.</param>
/// <param name="Reporter">The reporter, for an article that names one.</param>
/// <param name="DataFrom">Who the figures come from, for an article that says so.</param>
/// <param name="IsReport">True for a cited report (never shown as a quotation), false for a stored article.</param>
public sealed record FactSource(string Id, string Title, string Publisher, string Date, Uri? Url, string? Reporter, string? DataFrom, bool IsReport)
{
    /// <summary>The source of an article's quotes.</summary>
    public static FactSource Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        return new FactSource(article.Id, article.Title, article.Publisher, article.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            article.Url, article.Reporter, article.DataFrom, IsReport: false);
    }

    /// <summary>The source of a report's citations.</summary>
    public static FactSource Of(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return new FactSource(report.Id, report.Title ?? report.Publisher, report.Publisher, report.Published, report.Url, null, null, IsReport: true);
    }
}
