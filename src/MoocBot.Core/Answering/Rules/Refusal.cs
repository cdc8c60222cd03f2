namespace MoocBot.Core.Answering.Rules;

/// <summary>What a rule decides about a question.</summary>
internal enum Refusal
{
    /// <summary>The rule lets the question through.</summary>
    None,

    /// <summary>Not found, with nothing to suggest (a sum, a question naming nothing the repository knows).</summary>
    Silent,

    /// <summary>Not found, with the nearest facts and the scope the question is out of (another country, another time, the world).</summary>
    OutOfScope,

    /// <summary>Not found, with the nearest facts to suggest.</summary>
    Suggest,
}
