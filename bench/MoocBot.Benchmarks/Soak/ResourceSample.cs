namespace MoocBot.Benchmarks.Soak;

/// <summary>One look at the bot process and the run's progress.</summary>
/// <param name="At">Time since the feed started.</param>
/// <param name="ResidentBytes">VmRSS of the bot.</param>
/// <param name="BotCpu">The bot's CPU time since the feed started.</param>
/// <param name="Fed">Updates fed so far.</param>
/// <param name="Answered">Questions answered so far.</param>
/// <param name="Backlog">Updates the fake holds that the bot has not yet confirmed.</param>
internal sealed record ResourceSample(TimeSpan At, long ResidentBytes, TimeSpan BotCpu, long Fed, long Answered, int Backlog);
