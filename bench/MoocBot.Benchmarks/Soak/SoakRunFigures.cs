namespace MoocBot.Benchmarks.Soak;

/// <summary>Everything a soak run measured, for <see cref="SoakReport"/>.</summary>
internal sealed record SoakRunFigures
{
    public required SoakOptions Options { get; init; }

    public required SoakCalibrationResult Calibration { get; init; }

    public required int BotProcessId { get; init; }

    public required long Fed { get; init; }

    public required TimeSpan FeedTime { get; init; }

    /// <summary>Questions answered by the time the feed ended.</summary>
    public required long AnsweredDuringFeed { get; init; }

    /// <summary>When the last question was answered, from the start of the feed; null when some never were.</summary>
    public required TimeSpan? AllAnsweredAt { get; init; }

    public required TimeSpan BotCpuDuringFeed { get; init; }

    public required TimeSpan BotCpuTotal { get; init; }

    public required TimeSpan SoakCpuTotal { get; init; }

    /// <summary>Samples from the start of the feed to the end of the settle period.</summary>
    public required IReadOnlyList<ResourceSample> Samples { get; init; }

    public required bool BotExitedEarly { get; init; }

    public required int BotExitCode { get; init; }

    public required SoakTally Tally { get; init; }

    public required string WorkDirectory { get; init; }
}
