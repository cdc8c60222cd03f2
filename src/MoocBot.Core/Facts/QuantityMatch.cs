namespace MoocBot.Core.Facts;

/// <summary>A number expression found in free text, with where it is.</summary>
/// <param name="Index">Where the expression starts, qualifier included ("nearly 100,000" starts at "nearly").</param>
/// <param name="Length">How many characters it spans, scale word and percent sign included.</param>
/// <param name="Text">The expression as written.</param>
/// <param name="Quantity">
/// The figure. For a date it holds the year when one is written ("March 2022" is 2022), otherwise the day.
/// </param>
/// <param name="IsDate">A calendar date ("January 2", "March 2022", "2022-11-30"), not a count.</param>
/// <param name="IsOrdinal">An ordinal ("first", "3rd"); its value is the position.</param>
public sealed record QuantityMatch(int Index, int Length, string Text, Quantity Quantity, bool IsDate = false, bool IsOrdinal = false)
{
    /// <summary>The index just past the expression.</summary>
    public int End => Index + Length;
}
