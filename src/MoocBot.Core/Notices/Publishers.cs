using System.Globalization;

namespace MoocBot.Core.Notices;

/// <summary>
/// Names who published a fact version, as the store records it: the running bot (when it starts or reloads the facts
/// file) or the <c>facts publish</c> command. Publishing a version again says when and by whom it was first published.
/// </summary>
public static class Publishers
{
    /// <summary>The running bot on <paramref name="hostId"/> (<see cref="NoticesOptions.HostId"/>).</summary>
    public static string RunningBot(string hostId) => $"the running bot (host {hostId})";

    /// <summary>The <c>facts publish</c> command on this machine.</summary>
    public static string CommandLine() => $"`facts publish` on {Environment.MachineName}";

    /// <summary>The host id of <paramref name="options"/>, or the default one when none is configured.</summary>
    public static string HostIdOf(NoticesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return string.IsNullOrWhiteSpace(options.HostId) ? LeaseOwners.DefaultHostId() : options.HostId;
    }

    /// <summary>" at 2026-12-04 18:30 UTC by the running bot (host a)", or "" when nothing is known.</summary>
    internal static string Describe(PublishedFacts? earlier)
    {
        if (earlier is null)
        {
            return "";
        }

        var at = earlier.PublishedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);
        return earlier.PublishedBy is { Length: > 0 } by ? $" (at {at} by {by})" : $" (at {at})";
    }
}
