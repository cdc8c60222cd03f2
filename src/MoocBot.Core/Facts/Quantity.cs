namespace MoocBot.Core.Facts;

/// <summary>A figure read from text: "nearly 100,000" is 100000, <see cref="Qualifier.Nearly"/>, no unit.</summary>
/// <param name="Value">The number in plain units: 979000000 for "979 million", 97.3 for "97.3%".</param>
/// <param name="Qualifier">How the text qualifies the figure.</param>
/// <param name="Unit">"%" for a percentage; otherwise null (what is counted stays in the words around it).</param>
public sealed record Quantity(decimal Value, Qualifier Qualifier = Qualifier.Exact, string? Unit = null)
{
    /// <summary>The unit of a percentage.</summary>
    public const string Percent = "%";
}
