namespace MoocBot.Core.Answering;

/// <summary>One of the best facts for a question, with how its score was made: the match, then each factor's change.</summary>
/// <param name="FactId">The fact.</param>
/// <param name="Score">Its score, the one the decision compares: <paramref name="Match"/> plus every change in <paramref name="Factors"/>.</param>
/// <param name="Match">How well it matches the question before the factors (coverage, weighed with fit).</param>
/// <param name="Coverage">How much of the question it covers.</param>
/// <param name="Fit">How completely one of its aliases is matched.</param>
/// <param name="Factors">Each factor of <c>FactFactors</c> by name, in the order applied, with the change it made to the score (0 or less).</param>
public sealed record ExplainedCandidate(
    string FactId,
    float Score,
    float Match,
    float Coverage,
    float Fit,
    IReadOnlyList<(string Factor, float Change)> Factors);
