using MoocBot.Core;

namespace MoocBot.Hosting;

/// <summary>How the bot stops (configuration section "Hosting").</summary>
internal sealed class HostingOptions
{
    public const string SectionName = "Hosting";

    /// <summary>
    /// How long stopping may take: updates in flight are answered and the notice delivery under way is recorded.
    /// Longer than Notices:SendTimeout, so a send started just before the stop can still finish and be recorded.
    /// </summary>
    [TimeSpanRange("00:00:01", "00:10:00")]
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(45);
}
