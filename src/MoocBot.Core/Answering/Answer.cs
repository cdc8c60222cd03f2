using MoocBot.Core.Facts;

namespace MoocBot.Core.Answering;

/// <summary>What FactAnswerer found for a question.</summary>
/// <param name="Question">The question as asked.</param>
/// <param name="Status">Answered, not found or ambiguous.</param>
/// <param name="Confidence">0..1: how sure the answerer is of <c>Facts[0]</c>.</param>
/// <param name="Facts">Ranked facts: the answer first (or the candidates when ambiguous); empty when not found.</param>
/// <param name="Suggestions">Nearby facts to suggest when nothing was found.</param>
/// <param name="Reason">Why nothing was found, when a scope rule decided it; <see cref="NotFoundReason.None"/> otherwise.</param>
public sealed record Answer(
    string Question,
    AnswerStatus Status,
    double Confidence,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<Fact> Suggestions,
    NotFoundReason Reason = NotFoundReason.None)
{
    /// <summary>
    /// When the question names a time or source: how it matched the measure's observations (<see cref="ObservationSelector"/>);
    /// null otherwise. For a change, <c>Facts[0]</c> is the newer observation and this holds the older one and the change.
    /// </summary>
    public TimeSelection? Time { get; init; }
}
