using System.Collections.Concurrent;

namespace MoocBot.Core.Diagnostics;

/// <summary>
/// The last time each part of the bot did its job (a Telegram poll, a Discord heartbeat, a notice sent),
/// and its last error; read by /healthz and the health verb.
/// </summary>
public sealed class BotHealth(TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<string, ComponentHealth> _components = new(StringComparer.Ordinal);

    /// <summary>Records that a component just succeeded, e.g. ("telegram", "poll").</summary>
    public void Succeeded(string component) =>
        _components.AddOrUpdate(component, _ => new ComponentHealth(component, timeProvider.GetUtcNow(), null, null), (_, old) => old with { LastSuccess = timeProvider.GetUtcNow(), FailingSince = null });

    /// <summary>Records a component's failure; the message must not contain secrets.</summary>
    public void Failed(string component, string error) =>
        _components.AddOrUpdate(
            component,
            _ => new ComponentHealth(component, null, timeProvider.GetUtcNow(), error) { FailingSince = timeProvider.GetUtcNow() },
            (_, old) => old with { LastFailure = timeProvider.GetUtcNow(), LastError = error, FailingSince = old.FailingSince ?? timeProvider.GetUtcNow() });

    /// <summary>Every component seen so far, by name.</summary>
    public IReadOnlyList<ComponentHealth> Snapshot() => [.. _components.Values.OrderBy(c => c.Name, StringComparer.Ordinal)];
}
