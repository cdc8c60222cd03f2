namespace MoocBot.Core.Facts;

/// <summary>One thing wrong with the fact repository, found by <see cref="FactChecker"/>.</summary>
/// <param name="FactId">The fact at fault, or null for a problem with an article as a whole.</param>
/// <param name="Message">What is wrong, naming the fact (or article) and the problem plainly.</param>
public sealed record FactProblem(string? FactId, string Message)
{
    /// <inheritdoc />
    public override string ToString() => Message;
}
