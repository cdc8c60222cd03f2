namespace MoocBot.Core.Answering.Factors;

/// <summary>
/// One named factor of a fact's score for a question; <see cref="FactFactors"/> lists them all in the order they apply.
/// A factor only lowers a score (it multiplies it by at most 1), so a fact that falls below the best list is done.
/// </summary>
internal interface IFactFactor
{
    /// <summary>The fact's score once this factor is weighed in.</summary>
    float Apply(int fact, float score, in ScoredQuestion question);
}
