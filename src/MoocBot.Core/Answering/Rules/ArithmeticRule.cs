using System.Buffers;

namespace MoocBot.Core.Answering.Rules;

/// <summary>"2+2", "3 * 7 =": a sum to work out, not a figure to look up.</summary>
internal sealed class ArithmeticRule : IAnswerRule
{
    private static readonly SearchValues<char> Operators = SearchValues.Create("+*/=×÷^");

    public RulePhase Phase => RulePhase.Text;

    public Refusal Apply(Evaluation evaluation) => IsArithmetic(evaluation.Question) ? Refusal.Silent : Refusal.None;

    private static bool IsArithmetic(string question)
    {
        var start = 0;
        while (start < question.Length)
        {
            var found = question.AsSpan(start).IndexOfAny(Operators);
            if (found < 0)
            {
                return false;
            }

            var i = start + found;
            start = i + 1;
            var before = question.AsSpan(0, i).TrimEnd();
            var after = question.AsSpan(i + 1).TrimStart();
            if (before.Length > 0 && char.IsAsciiDigit(before[^1]) && after.Length > 0 && (char.IsAsciiDigit(after[0]) || after[0] == '('))
            {
                return true;
            }
        }

        return false;
    }
}
