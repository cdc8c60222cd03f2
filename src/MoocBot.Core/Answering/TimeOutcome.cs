namespace MoocBot.Core.Answering;

/// <summary>How <see cref="ObservationSelector"/> matched the time a question names to a measure's observations.</summary>
public enum TimeOutcome
{
    /// <summary>No time named (or one that does not apply): the newest observation.</summary>
    Latest,

    /// <summary>The observation for the time or source named: the newest of those as of that year or month.</summary>
    Picked,

    /// <summary>The time lies between two observations: no figure for it; <see cref="TimeSelection.Before"/> and <see cref="TimeSelection.After"/> are the nearest.</summary>
    Between,

    /// <summary>The time lies before the first or after the newest observation.</summary>
    Outside,

    /// <summary>A change: <see cref="TimeSelection.From"/> to <see cref="TimeSelection.Observation"/>, computed by the bot.</summary>
    Change,
}
