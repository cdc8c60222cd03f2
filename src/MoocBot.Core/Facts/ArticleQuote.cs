namespace MoocBot.Core.Facts;

/// <summary>Evidence that is a sentence quoted word for word from a stored article; the facts check proves it.</summary>
/// <param name="ArticleId">The article quoted.</param>
/// <param name="Quote">The sentence, verbatim.</param>
public sealed record ArticleQuote(string ArticleId, string Quote) : Evidence
{
    /// <inheritdoc />
    public override string SourceId => ArticleId;

    /// <inheritdoc />
    public override string Text => Quote;
}
