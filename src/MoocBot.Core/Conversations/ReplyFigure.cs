namespace MoocBot.Core.Conversations;

/// <summary>The figure an answer is about, for renderers that give it a card (a Discord embed).</summary>
/// <param name="FactId">The fact's id.</param>
/// <param name="Counts">What the figure counts.</param>
/// <param name="Figure">The figure with qualifier and unit ("nearly 100,000").</param>
/// <param name="AsOf">As of when, in words ("November 2022").</param>
public sealed record ReplyFigure(string FactId, string Counts, string Figure, string AsOf);
