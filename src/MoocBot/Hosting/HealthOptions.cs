using MoocBot.Core;

namespace MoocBot.Hosting;

/// <summary>What /healthz and the health verb count as healthy (configuration section "Diagnostics:Health").</summary>
internal sealed class HealthOptions
{
    public const string SectionName = "Diagnostics:Health";

    /// <summary>How long the store's probe query may take before the store counts as unreachable.</summary>
    [TimeSpanRange("00:00:00.100", "00:05:00")]
    public TimeSpan StoreTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a receiving component (a Telegram poll, the Discord gateway) may keep failing before the bot is unhealthy; until then it is degraded.</summary>
    [TimeSpanRange("00:00:01", "1.00:00:00")]
    public TimeSpan FailingAfter { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long a receiving component may go without a success (a poll, a heartbeat acknowledged) before the bot is unhealthy.</summary>
    [TimeSpanRange("00:00:01", "1.00:00:00")]
    public TimeSpan StaleAfter { get; set; } = TimeSpan.FromMinutes(5);
}
