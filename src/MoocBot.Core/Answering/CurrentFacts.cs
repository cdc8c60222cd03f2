using MoocBot.Core.Facts;

namespace MoocBot.Core.Answering;

/// <summary>
/// The fact repository the bot serves now, with its index. A reload swaps the whole <see cref="FactAnswerer"/>
/// (one immutable repository and the index built over it) in a single reference write, so whoever reads
/// <see cref="Answerer"/> once for a message answers it from one consistent version. Thread-safe.
/// </summary>
public sealed class CurrentFacts
{
    private readonly Lock _replacing = new();
    private FactAnswerer _answerer;
    private FactAnswerer? _previous;
    private readonly TimeProvider? _time;
    private RejectedFacts? _rejected;

    /// <summary>Serves <paramref name="repository"/> until the first <see cref="Replace"/>; <paramref name="time"/> is the answerers' clock.</summary>
    public CurrentFacts(FactRepository repository, TimeProvider? time = null)
    {
        _time = time;
        _answerer = new FactAnswerer(repository, time);
    }

    /// <summary>The answerer over the current version; read it once per message and keep it for that message.</summary>
    public FactAnswerer Answerer => Volatile.Read(ref _answerer);

    /// <summary>The current version.</summary>
    public FactRepository Repository => Answerer.Repository;

    /// <summary>The last change to the facts file that was refused (the old version is still served), or null.</summary>
    public RejectedFacts? Rejected => Volatile.Read(ref _rejected);

    /// <summary>Serves <paramref name="repository"/> from now on (it must have passed the facts check) and clears <see cref="Rejected"/>.</summary>
    public void Replace(FactRepository repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        var next = new FactAnswerer(repository, _time);
        lock (_replacing)
        {
            _previous = _answerer;
            Volatile.Write(ref _answerer, next);
            Volatile.Write(ref _rejected, null);
        }
    }

    /// <summary>Records that a change was refused; the current version stays.</summary>
    public void Reject(RejectedFacts rejected) => Volatile.Write(ref _rejected, rejected);

    /// <summary>Clears <see cref="Rejected"/>: the file is back to a version that can be served.</summary>
    public void ClearRejected() => Volatile.Write(ref _rejected, null);

    /// <summary>
    /// The article or report a fact comes from. A message answered from the version just replaced may still be
    /// composing its reply, so a source the new version dropped is looked up in the previous one too.
    /// </summary>
    public FactSource SourceOf(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return Repository.FindSource(fact)
            ?? Volatile.Read(ref _previous)?.Repository.FindSource(fact)
            ?? throw new InvalidOperationException($"Fact '{fact.Id}' names source '{fact.SourceId}', which is not in the repository.");
    }
}
