namespace MoocBot.Core.Facts;

/// <summary>How precisely a fact's as-of date is written.</summary>
internal enum AsOfPrecision
{
    None,
    Year,
    Month,
    Day,
}
