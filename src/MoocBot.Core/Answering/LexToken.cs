namespace MoocBot.Core.Answering;

/// <summary>One word, number or run of CJK characters in folded text.</summary>
/// <param name="Kind">Word, number or CJK run.</param>
/// <param name="Start">Offset in the folded text.</param>
/// <param name="Length">Length in the folded text (for a number, including its scale word).</param>
/// <param name="Value">For a number, its value in plain units (979 million = 979000000).</param>
/// <param name="Flags">For a number, how it was written.</param>
internal readonly record struct LexToken(LexKind Kind, int Start, int Length, double Value, NumberFlags Flags)
{
    /// <summary>A whole number between 1900 and 2100 written plainly: probably a year.</summary>
    public bool IsYearLike => Kind == LexKind.Number
        && (Flags & (NumberFlags.Percent | NumberFlags.Scaled | NumberFlags.Grouped | NumberFlags.Decimal | NumberFlags.Ordinal)) == 0
        && Value is >= 1900 and <= 2100;
}
