namespace MoocBot.Core.Notices;

/// <summary>Whether and how often the running bot looks for changes to the fact repository (configuration section "Facts").</summary>
public sealed class FactsWatchOptions
{
    /// <summary>The configuration section (shared with the host's <c>Facts:Path</c>).</summary>
    public const string SectionName = "Facts";

    /// <summary>Reload the facts file and its articles when they change, and publish the new version.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>How often the files are read; a change is loaded once it has held still for one interval.</summary>
    [TimeSpanRange("00:00:00.010", "01:00:00", ErrorMessage = "Facts:WatchInterval (Facts__WatchInterval) must be between 00:00:00.010 and 01:00:00, e.g. 00:00:02.")]
    public TimeSpan WatchInterval { get; set; } = TimeSpan.FromSeconds(2);
}
