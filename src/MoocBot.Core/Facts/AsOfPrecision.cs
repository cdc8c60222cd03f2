namespace MoocBot.Core.Facts;

/// <summary>How precisely a fact's as-of date is written.</summary>
public enum AsOfPrecision
{
    /// <summary>Not a date the bot can read.</summary>
    None,

    /// <summary>"2020".</summary>
    Year,

    /// <summary>"2022-11".</summary>
    Month,

    /// <summary>"2022-11-30".</summary>
    Day,
}
