namespace MoocBot.Core.Answering.Factors;

/// <summary>"Were Chinese platforms selected ...?" is answered by the statement, not by how many were (<see cref="AnsweringWeights.YesNoCount"/>).</summary>
internal sealed class YesNoFactor(FactIndex index, AnsweringWeights weights) : IFactFactor
{
    public float Apply(int fact, float score, in ScoredQuestion question) =>
        question.YesNo && index.Kinds[fact] == FactKind.Count ? score * weights.YesNoCount : score;
}
