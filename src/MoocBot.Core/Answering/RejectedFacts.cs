namespace MoocBot.Core.Answering;

/// <summary>A change to the facts file that was refused: the bot kept serving <paramref name="ServedVersion"/>.</summary>
/// <param name="At">When the change was refused.</param>
/// <param name="ServedVersion">The version still served.</param>
/// <param name="Problems">What is wrong, one line each, naming the fact (or the file) and the problem.</param>
public sealed record RejectedFacts(DateTimeOffset At, string ServedVersion, IReadOnlyList<string> Problems)
{
    /// <summary>One line for logs and health.</summary>
    public override string ToString() => $"{Problems.Count} problem(s): {string.Join("; ", Problems)}";
}
