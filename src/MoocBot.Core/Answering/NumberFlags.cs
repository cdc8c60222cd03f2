namespace MoocBot.Core.Answering;

/// <summary>How a number was written in a question.</summary>
[Flags]
internal enum NumberFlags : byte
{
    None = 0,
    Percent = 1,
    Scaled = 2,
    Grouped = 4,
    Decimal = 8,
    Ordinal = 16,
}
