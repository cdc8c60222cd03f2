namespace MoocBot.Core.Answering.Rules;

/// <summary>No fact scores <see cref="AnsweringWeights.AnswerThreshold"/>: none answers the question well enough.</summary>
internal sealed class ThresholdRule(AnsweringWeights weights) : IAnswerRule
{
    public RulePhase Phase => RulePhase.Scores;

    public Refusal Apply(Evaluation evaluation) =>
        evaluation.Scratch.TopLength == 0 || evaluation.Scratch.TopScores[0] < weights.AnswerThreshold ? Refusal.OutOfScope : Refusal.None;
}
