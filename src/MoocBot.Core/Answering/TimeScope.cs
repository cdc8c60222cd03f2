namespace MoocBot.Core.Answering;

/// <summary>
/// The time a question names, read by <see cref="TimeScopeReader"/>: a year or month ("in 2020", "as of November 2022",
/// "two years ago" read against the clock), a source ("in the People's Daily article"), or a change from one time to
/// another or to the newest figure ("since 2020", "how many more than in 2019"). <see cref="None"/> when it names none.
/// </summary>
public sealed record TimeScope
{
    /// <summary>A question that names no time: the newest figure answers.</summary>
    public static TimeScope None { get; } = new();

    /// <summary>The time the figure is asked for, or the time a change is measured from when <see cref="IsChange"/>.</summary>
    public TimePoint? At { get; init; }

    /// <summary>For a change to a named time ("from 2019 to 2022"), that time; null for a change up to the newest figure.</summary>
    public TimePoint? Until { get; init; }

    /// <summary>True when the question asks how the figure changed since <see cref="At"/>.</summary>
    public bool IsChange { get; init; }

    /// <summary>The publisher the question names ("People's Daily"): the figure from its article or report.</summary>
    public string? Publisher { get; init; }

    /// <summary>True when the question names no time and no source.</summary>
    public bool IsEmpty => At is null && Publisher is null;
}
