using MoocBot.Core.Facts;

namespace MoocBot.Core.Answering;

/// <summary>The observation of a measure that answers a question's time, or why none does.</summary>
/// <param name="Measure">The measure the question is about.</param>
/// <param name="Scope">The time the question names.</param>
/// <param name="Outcome">How the time matched the observations.</param>
/// <param name="Observation">The observation answered (the newer one of a change); null for <see cref="TimeOutcome.Between"/> and <see cref="TimeOutcome.Outside"/>.</param>
public sealed record TimeSelection(Measure Measure, TimeScope Scope, TimeOutcome Outcome, Observation? Observation)
{
    /// <summary>For a change, the older observation it is measured from.</summary>
    public Observation? From { get; init; }

    /// <summary>For <see cref="TimeOutcome.Between"/>, the nearest observation before the time asked.</summary>
    public Observation? Before { get; init; }

    /// <summary>For <see cref="TimeOutcome.Between"/>, the nearest observation after the time asked.</summary>
    public Observation? After { get; init; }

    /// <summary>For a change, the change computed from the two figures.</summary>
    public FigureChange? Change => Outcome == TimeOutcome.Change && From is not null && Observation is not null
        ? FigureChange.Between(From, Observation, Measure.Unit)
        : null;
}
