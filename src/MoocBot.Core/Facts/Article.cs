namespace MoocBot.Core.Facts;

/// <summary>A source text that facts quote from.</summary>
/// <param name="Id">Stable id; the file name without extension.</param>
/// <param name="Title">The headline.</param>
/// <param name="Publisher">Who published it, e.g. "People's Daily".</param>
/// <param name="Date">Publication date.</param>
/// <param name="Reporter">The reporter, if named.</param>
/// <param name="DataFrom">Who the figures come from, e.g. "Ministry of Education".</param>
/// <param name="Url">Where the article can be read, if known.</param>
/// <param name="Body">The article text, verbatim.</param>
public sealed record Article(
    string Id,
    string Title,
    string Publisher,
    DateOnly Date,
    string? Reporter,
    string? DataFrom,
    Uri? Url,
    string Body);
