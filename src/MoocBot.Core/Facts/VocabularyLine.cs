namespace MoocBot.Core.Facts;

/// <summary>
/// One line of <c>data/vocabulary.txt</c>: an equivalence line (<c>a, b, c</c>) or a mapping (<c>a, b => x</c>, or
/// <c>a, b => x, y</c> when the phrases also imply the broader concept y).
/// </summary>
/// <param name="Phrases">The phrases, in file order.</param>
/// <param name="Targets">The concepts a mapping names (one or two); empty for an equivalence line.</param>
/// <param name="LineNumber">The line in the file, for messages.</param>
public sealed record VocabularyLine(IReadOnlyList<string> Phrases, IReadOnlyList<string> Targets, int LineNumber)
{
    /// <summary>The concept the phrases name: the mapping's first target, else the line's first phrase.</summary>
    public string Concept => Targets.Count > 0 ? Targets[0] : Phrases[0];

    /// <summary>The broader concept the phrases imply ("a MOOC is a course"), or null.</summary>
    public string? Implied => Targets.Count > 1 ? Targets[1] : null;
}
