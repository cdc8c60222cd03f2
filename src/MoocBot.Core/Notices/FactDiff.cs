using MoocBot.Core.Facts;

namespace MoocBot.Core.Notices;

/// <summary>
/// What changed between two versions of the fact repository, measure by measure (matched by id): a measure whose
/// newest observation differs is changed, once, whether a new observation was added or the old one corrected.
/// Observations added to a measure's history behind its newest one are not news.
/// </summary>
public sealed class FactDiff
{
    private FactDiff(IReadOnlyList<FactChange> changes) => Changes = changes;

    /// <summary>Every change: added and changed facts in the current version's order, then removed ones.</summary>
    public IReadOnlyList<FactChange> Changes { get; }

    /// <summary>True when no fact was added, changed or removed.</summary>
    public bool IsEmpty => Changes.Count == 0;

    /// <summary>Facts new in the current version.</summary>
    public IEnumerable<FactChange> Added => Changes.Where(c => c.Kind == FactChangeKind.Added);

    /// <summary>Facts whose current figure, unit, qualifier, display, date or evidence changed.</summary>
    public IEnumerable<FactChange> Changed => Changes.Where(c => c.Kind == FactChangeKind.Changed);

    /// <summary>Facts no longer in the current version.</summary>
    public IEnumerable<FactChange> Removed => Changes.Where(c => c.Kind == FactChangeKind.Removed);

    /// <summary>The topics with at least one change, in the order they first change.</summary>
    public IEnumerable<string> Topics => Changes.Select(c => c.Topic).Distinct(StringComparer.Ordinal);

    /// <summary>Compares two repository versions.</summary>
    public static FactDiff Compare(FactRepository previous, FactRepository current)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(current);
        var changes = new List<FactChange>();
        foreach (var fact in current.Facts)
        {
            var old = previous.FindFact(fact.Id);
            if (old is null)
            {
                changes.Add(new FactChange(FactChangeKind.Added, null, fact) { CurrentSource = current.FindSource(fact) });
            }
            else if (Differs(old, fact))
            {
                changes.Add(new FactChange(FactChangeKind.Changed, old, fact) { PreviousSource = previous.FindSource(old), CurrentSource = current.FindSource(fact) });
            }
        }

        changes.AddRange(previous.Facts
            .Where(f => current.FindFact(f.Id) is null)
            .Select(f => new FactChange(FactChangeKind.Removed, f, null) { PreviousSource = previous.FindSource(f) }));
        return new FactDiff(changes);
    }

    /// <summary>True when what a reader sees of the figure differs; wording-only edits (aliases, notes) are not news.</summary>
    internal static bool Differs(Fact previous, Fact current) =>
        previous.Value != current.Value
        || !string.Equals(previous.Unit, current.Unit, StringComparison.Ordinal)
        || previous.Qualifier != current.Qualifier
        || !string.Equals(previous.Display, current.Display, StringComparison.Ordinal)
        || !string.Equals(previous.AsOf, current.AsOf, StringComparison.Ordinal)
        || previous.Evidence != current.Evidence;
}
