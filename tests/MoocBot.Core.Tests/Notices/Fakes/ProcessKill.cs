using MoocBot.Core.Notices;

namespace MoocBot.Core.Tests.Notices.Fakes;

/// <summary>
/// A kill -9 of one host process, as far as its dispatcher is concerned: once <see cref="Kill"/> is called, nothing that
/// process does reaches the store or the platform any more (each call throws); <see cref="ReapAsync"/> then frees what the
/// operating system frees when a process dies (its hold on its host identity).
/// </summary>
internal sealed class ProcessKill
{
    private readonly Lock _gate = new();
    private readonly List<IAsyncDisposable> _freedOnDeath = [];
    private volatile bool _killed;

    public bool Killed => _killed;

    /// <summary>The store as the process sees it.</summary>
    public INoticeStore Store(INoticeStore inner) => new KillableNoticeStore(inner, this);

    /// <summary>The platform as the process sees it: the answers to each group of <paramref name="groupSize"/> sends come back together, and nothing is sent once killed.</summary>
    public IChatSender Sender(IChatSender inner, int groupSize) => new KillableChatSender(inner, this, groupSize);

    public void Kill() => _killed = true;

    /// <summary>Frees what the dead process held, as the operating system does once it is gone.</summary>
    public async Task ReapAsync()
    {
        List<IAsyncDisposable> freed;
        lock (_gate)
        {
            freed = [.. _freedOnDeath];
            _freedOnDeath.Clear();
        }

        foreach (var resource in freed)
        {
            await resource.DisposeAsync();
        }
    }

    public void ThrowIfKilled()
    {
        if (_killed)
        {
            throw new InvalidOperationException("The process was killed.");
        }
    }

    /// <summary>Frees <paramref name="resource"/> once the process is killed and reaped, as the operating system does with a dead process's locks and sockets.</summary>
    public void FreeOnDeath(IAsyncDisposable resource)
    {
        lock (_gate)
        {
            _freedOnDeath.Add(resource);
        }
    }
}
