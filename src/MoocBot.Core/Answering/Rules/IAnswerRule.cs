namespace MoocBot.Core.Answering.Rules;

/// <summary>One named rule of the answerer; <see cref="AnswerRules"/> lists them all in the order they apply.</summary>
internal interface IAnswerRule
{
    /// <summary>When the rule applies.</summary>
    RulePhase Phase { get; }

    /// <summary>Applies the rule: it may mark or mute the reading (in <see cref="RulePhase.Reading"/>), or refuse the question.</summary>
    Refusal Apply(Evaluation evaluation);
}
