namespace MoocBot.Core.Answering.Rules;

/// <summary>A question naming no concept and quoting no figure a fact holds ("hello", "?") has nothing to look up.</summary>
internal sealed class NothingToLookUpRule : IAnswerRule
{
    public RulePhase Phase => RulePhase.Scores;

    public Refusal Apply(Evaluation evaluation) =>
        evaluation.Analysis.ConceptCount == 0 && !evaluation.MatchedFigure ? Refusal.Silent : Refusal.None;
}
