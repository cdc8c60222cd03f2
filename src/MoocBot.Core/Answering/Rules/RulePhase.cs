namespace MoocBot.Core.Answering.Rules;

/// <summary>When in the evaluation of a question a rule applies.</summary>
internal enum RulePhase
{
    /// <summary>On the question's text, before it is read.</summary>
    Text,

    /// <summary>On the reading (concepts, markers, intent), before the facts are scored; may mark or mute what was read.</summary>
    Reading,

    /// <summary>On the scored facts, before the best one answers.</summary>
    Scores,
}
