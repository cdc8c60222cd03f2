namespace MoocBot.Core.Facts;

/// <summary>
/// Evidence that is a published report the repository cites but does not store: shown as "reported by
/// Xinhua, 13 Dec 2024" with the report's link, never in quotation marks.
/// </summary>
/// <param name="ReportId">The report cited, one of <see cref="FactRepository.Reports"/>.</param>
/// <param name="Statement">What the report says, in our own words.</param>
public sealed record ReportCitation(string ReportId, string Statement) : Evidence
{
    /// <inheritdoc />
    public override string SourceId => ReportId;

    /// <inheritdoc />
    public override string Text => Statement;
}
