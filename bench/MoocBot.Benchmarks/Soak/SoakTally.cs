namespace MoocBot.Benchmarks.Soak;

/// <summary>The exactly-once verdict and the fault counts of a soak run.</summary>
/// <param name="Expected">Questions fed.</param>
/// <param name="Answered">Questions answered (at least once).</param>
/// <param name="Missing">Questions never answered.</param>
/// <param name="Duplicates">Answers beyond the first to one question.</param>
/// <param name="Unexpected">Messages that answer no question the soak asked (a "slow down" reply, an extra part).</param>
/// <param name="UnexpectedSamples">A few of those, for the report.</param>
/// <param name="Attempts">sendMessage calls the bot made, failed ones included.</param>
/// <param name="Injected">Faults injected, by HTTP status.</param>
/// <param name="Retried">Injected faults the bot followed with another attempt for the same question, by status.</param>
/// <param name="UnansweredByFaults">Unanswered questions, by the faults their attempts met.</param>
/// <param name="LatenciesMs">Feed-to-reply time of each answered question, sorted.</param>
internal sealed record SoakTally(
    long Expected,
    long Answered,
    long Missing,
    long Duplicates,
    long Unexpected,
    IReadOnlyList<string> UnexpectedSamples,
    long Attempts,
    IReadOnlyDictionary<int, long> Injected,
    IReadOnlyDictionary<int, long> Retried,
    IReadOnlyDictionary<string, long> UnansweredByFaults,
    IReadOnlyList<double> LatenciesMs)
{
    public bool ExactlyOnce => Missing == 0 && Duplicates == 0 && Unexpected == 0;

    /// <summary>The latency below which <paramref name="share"/> of answers came (nearest rank).</summary>
    public double Percentile(double share) =>
        LatenciesMs.Count == 0 ? double.NaN : LatenciesMs[Math.Clamp((int)Math.Ceiling(share * LatenciesMs.Count) - 1, 0, LatenciesMs.Count - 1)];
}
