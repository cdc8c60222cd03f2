namespace MoocBot.Core.Facts;

/// <summary>How a number read by <see cref="NumberReader"/> was written.</summary>
[Flags]
internal enum NumberNotation
{
    None = 0,

    /// <summary>Thousands separators: "3,272,400".</summary>
    Grouped = 1,

    /// <summary>Decimals: "9.79".</summary>
    Fraction = 2,

    /// <summary>A scale word, abbreviation or character: "979 million", "62k", "9.79亿".</summary>
    Scaled = 4,

    /// <summary>A percent sign or word: "97.3%", "97.3 per cent".</summary>
    Percent = 8,

    /// <summary>An ordinal ending: "3rd".</summary>
    Ordinal = 16,

    /// <summary>多 or 余 after the digits or the scale: "300多", "10万余".</summary>
    MoreThan = 32,

    /// <summary>Letters straight after the digits that are no suffix ("5G", "10am"): a code or a unit, not a plain figure.</summary>
    UnknownSuffix = 64,

    /// <summary>Too large for a <see cref="decimal"/>.</summary>
    Overflow = 128,
}
