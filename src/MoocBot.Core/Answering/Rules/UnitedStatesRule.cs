namespace MoocBot.Core.Answering.Rules;

/// <summary>"US" or "U.S." in capitals names another country; lower-case "us" is a pronoun. All-capital text tells nothing.</summary>
internal sealed class UnitedStatesRule : IAnswerRule
{
    public RulePhase Phase => RulePhase.Reading;

    public Refusal Apply(Evaluation evaluation)
    {
        if (MentionsUnitedStates(evaluation.Question))
        {
            evaluation.Flags |= TermFlags.Foreign;
        }

        return Refusal.None;
    }

    private static bool MentionsUnitedStates(string question)
    {
        if (!question.AsSpan().ContainsAnyInRange('a', 'z'))
        {
            return false;
        }

        for (var i = question.IndexOf('U', StringComparison.Ordinal); i >= 0 && i + 1 < question.Length; i = question.IndexOf('U', i + 1))
        {
            var before = i == 0 || !char.IsLetter(question[i - 1]);
            var rest = question.AsSpan(i);
            var length = rest.StartsWith("U.S.") ? 4 : rest.StartsWith("U.S") ? 3 : rest.StartsWith("US") ? 2 : 0;
            if (before && length > 0 && (i + length >= question.Length || !char.IsLetter(question[i + length])))
            {
                return true;
            }
        }

        return false;
    }
}
