namespace MoocBot.Core.Facts;

/// <summary>
/// Why the repository holds an observation: a verbatim quote from a stored article (<see cref="ArticleQuote"/>)
/// or a cited report, described in our own words (<see cref="ReportCitation"/>).
/// </summary>
public abstract record Evidence
{
    private protected Evidence()
    {
    }

    /// <summary>The id of the article or report the evidence comes from.</summary>
    public abstract string SourceId { get; }

    /// <summary>The evidence as text: the quote for an article, our statement for a report.</summary>
    public abstract string Text { get; }
}
