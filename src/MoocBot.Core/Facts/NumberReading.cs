namespace MoocBot.Core.Facts;

/// <summary>A number <see cref="NumberReader"/> read.</summary>
/// <param name="Value">The value in plain units (979000000 for "979m", 97.3 for "97.3%"); 0 on <see cref="NumberNotation.Overflow"/>.</param>
/// <param name="DigitsEnd">Where the digits end.</param>
/// <param name="End">Where the number ends, suffixes included.</param>
/// <param name="Notation">How it was written.</param>
internal readonly record struct NumberReading(decimal Value, int DigitsEnd, int End, NumberNotation Notation)
{
    public bool Has(NumberNotation notation) => (Notation & notation) != 0;
}
