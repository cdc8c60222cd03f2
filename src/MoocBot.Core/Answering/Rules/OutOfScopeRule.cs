namespace MoocBot.Core.Answering.Rules;

/// <summary>
/// Another country or provider, the future, a reason or a ratio: the repository holds none of them. Advice and
/// opinions ("how to", "best") are out of scope too, unless the question also asks for a figure.
/// </summary>
internal sealed class OutOfScopeRule : IAnswerRule
{
    private const TermFlags NeverHeld = TermFlags.Foreign | TermFlags.Future | TermFlags.Reason | TermFlags.Ratio;

    public RulePhase Phase => RulePhase.Scores;

    public Refusal Apply(Evaluation evaluation) =>
        (evaluation.Flags & NeverHeld) != 0 || ((evaluation.Flags & TermFlags.NotAFigure) != 0 && !evaluation.AsksForFigure)
            ? Refusal.OutOfScope
            : Refusal.None;
}
