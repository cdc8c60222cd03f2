using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace MoocBot.Core.Notices;

/// <summary>The notice dispatcher's limits and timings (configuration section "Notices").</summary>
public sealed class NoticesOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Notices";

    /// <summary>Telegram: 25 messages a second overall, 1 a second per chat, 20 a minute per group.</summary>
    [ValidateObjectMembers]
    public PlatformLimitOptions Telegram { get; set; } = new();

    /// <summary>Discord: 50 requests a second overall and about 1 a second per channel; its sender reports bucket limits as 429s.</summary>
    [ValidateObjectMembers]
    public PlatformLimitOptions Discord { get; set; } = new() { MessagesPerSecond = 50, GroupMessagesPerMinute = 0 };

    /// <summary>Any other platform with a sender.</summary>
    [ValidateObjectMembers]
    public PlatformLimitOptions Default { get; set; } = new();

    /// <summary>
    /// This host's name among the hosts sharing the store: the same on every start, so a restarted host takes back at once
    /// the deliveries it held when it died. Empty: the machine name and the folder the bot runs from (<see cref="LeaseOwners.DefaultHostId"/>).
    /// </summary>
    [StringLength(200)]
    [RegularExpression(@"^[^|]*$", ErrorMessage = "Notices:HostId must not contain '|'.")]
    public string? HostId { get; set; }

    /// <summary>How many deliveries one claim leases.</summary>
    [Range(1, 10_000)]
    public int BatchSize { get; set; } = 100;

    /// <summary>How many sends may be in flight at once.</summary>
    [Range(1, 1_000)]
    public int MaxConcurrentSends { get; set; } = 25;

    /// <summary>
    /// A send is started only while this many send timeouts of its lease are left: one for the send, one for recording it,
    /// so the record lands before another host may claim the delivery.
    /// </summary>
    public const int LeaseMarginSends = 2;

    /// <summary>
    /// <see cref="Lease"/> must be at least this many send timeouts: the margin, plus one send timeout in which a
    /// claimed delivery may start (with less, a claim would be released before anything could be sent).
    /// </summary>
    public const int MinLeaseSends = LeaseMarginSends + 1;

    /// <summary>How long a claim holds its deliveries; another host may take them after it runs out. At least <see cref="MinLeaseSends"/> × <see cref="SendTimeout"/>.</summary>
    [TimeSpanRange("00:00:10", "1.00:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long one send may take; a send is only started while at least <see cref="LeaseMarginSends"/> times this much of its lease is left.</summary>
    [TimeSpanRange("00:00:01", "00:10:00")]
    public TimeSpan SendTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often to look for new deliveries when there is nothing to send.</summary>
    [TimeSpanRange("00:00:00.010", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Attempts before a delivery that keeps failing transiently is recorded as failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait after the first transient failure; it doubles with each further one.</summary>
    [TimeSpanRange("00:00:00", "01:00:00")]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The longest wait between retries.</summary>
    [TimeSpanRange("00:00:00", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Publish the loaded repository when the host starts (first start records it; later starts announce what changed).</summary>
    public bool PublishOnStart { get; set; } = true;

    /// <summary>The limits for <paramref name="platform"/>.</summary>
    public PlatformLimitOptions LimitsFor(string platform) => platform switch
    {
        "telegram" => Telegram,
        "discord" => Discord,
        _ => Default,
    };
}
