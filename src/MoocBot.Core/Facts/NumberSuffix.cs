namespace MoocBot.Core.Facts;

/// <summary>One suffix a number may carry.</summary>
/// <param name="Text">As written, in lower case: "million", "bn", "万", "%", "per cent".</param>
/// <param name="Multiplier">What it multiplies the number by; 1 for a percent suffix.</param>
/// <param name="IsPercent">True when it makes the number a percentage.</param>
/// <param name="GluedOnly">
/// True when it counts only straight after the digits: "979m" is 979 million, but "5 m" is more often metres or a name.
/// </param>
internal sealed record NumberSuffix(string Text, decimal Multiplier, bool IsPercent = false, bool GluedOnly = false);
