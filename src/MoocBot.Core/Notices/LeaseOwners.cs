namespace MoocBot.Core.Notices;

/// <summary>
/// How a dispatcher names its leases: its host's id, a separator, and an id of its own run. A restarted host knows
/// the leases of its earlier runs by the prefix, and no two runs ever share a name.
/// </summary>
public static class LeaseOwners
{
    /// <summary>Separates the host id from the run; never part of a host id.</summary>
    public const char Separator = '|';

    /// <summary>What every lease owner of <paramref name="hostId"/> starts with.</summary>
    public static string PrefixOf(string hostId) => hostId + Separator;

    /// <summary>A lease owner for a new run of <paramref name="hostId"/>.</summary>
    public static string NewRun(string hostId) => PrefixOf(hostId) + Guid.NewGuid().ToString("N");

    /// <summary>
    /// The host id when none is configured: the machine name and the folder the bot runs from, the same on every start of
    /// the same installation (in a container the machine name is the container's host name).
    /// </summary>
    public static string DefaultHostId() =>
        $"{Environment.MachineName}:{AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)}".Replace(Separator, '_');
}
