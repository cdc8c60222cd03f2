using MoocBot.Core.Facts;

namespace MoocBot.Core.Notices;

/// <summary>One fact that differs between two repository versions.</summary>
/// <param name="Kind">Added, changed or removed.</param>
/// <param name="Previous">The fact in the previous version; null when added.</param>
/// <param name="Current">The fact in the current version; null when removed.</param>
public sealed record FactChange(FactChangeKind Kind, Fact? Previous, Fact? Current)
{
    /// <summary>Where the previous figure came from, in the previous version; null when added or unknown.</summary>
    public FactSource? PreviousSource { get; init; }

    /// <summary>Where the current figure comes from; null when removed or unknown.</summary>
    public FactSource? CurrentSource { get; init; }

    /// <summary>The fact's id.</summary>
    public string Id => (Current ?? Previous)!.Id;

    /// <summary>The fact's topic in the current version (the previous one when removed).</summary>
    public string Topic => (Current ?? Previous)!.Topic;
}
