namespace MoocBot.Core.Answering;

/// <summary>What kind of answer a fact gives, matched against what a question asks for.</summary>
internal enum FactKind : byte
{
    /// <summary>A count of things or people.</summary>
    Count,

    /// <summary>A percentage.</summary>
    Share,

    /// <summary>A rank ("first in the world").</summary>
    Rank,

    /// <summary>A date or year.</summary>
    When,

    /// <summary>A statement or a name (a reporter, a publisher).</summary>
    Statement,
}
