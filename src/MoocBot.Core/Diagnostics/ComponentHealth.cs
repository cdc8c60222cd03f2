namespace MoocBot.Core.Diagnostics;

/// <summary>One component's latest success and failure.</summary>
/// <param name="Name">"telegram.poll", "discord.heartbeat", "notices.send", ...</param>
/// <param name="LastSuccess">When it last worked.</param>
/// <param name="LastFailure">When it last failed.</param>
/// <param name="LastError">What the last failure was, without secrets.</param>
public sealed record ComponentHealth(string Name, DateTimeOffset? LastSuccess, DateTimeOffset? LastFailure, string? LastError)
{
    /// <summary>When the current run of failures began; null while the last report was a success.</summary>
    public DateTimeOffset? FailingSince { get; init; }
}
