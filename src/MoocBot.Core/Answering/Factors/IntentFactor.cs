namespace MoocBot.Core.Answering.Factors;

/// <summary>
/// How well the kind of fact answers what the question asks for ("how many" wants a count, "when" a date):
/// <see cref="AnsweringWeights.IntentFactor"/>. A rank answers a question naming a rank, whatever else it asks.
/// </summary>
internal sealed class IntentFactor(FactIndex index, AnsweringWeights weights) : IFactFactor
{
    public float Apply(int fact, float score, in ScoredQuestion question)
    {
        var kind = index.Kinds[fact];
        return score * (kind == FactKind.Rank && question.AsksRank ? 1f : weights.IntentFactor(question.Intent, kind));
    }
}
