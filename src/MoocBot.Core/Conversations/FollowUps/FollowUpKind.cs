namespace MoocBot.Core.Conversations.FollowUps;

/// <summary>What a follow-up asks of the figure before it.</summary>
public enum FollowUpKind
{
    /// <summary>Another place, measure or time: "and in the west?", "what about registered users?", "and in 2020?".</summary>
    Refine,

    /// <summary>Where the figure comes from: "where is that from?", "数据是哪来的？".</summary>
    Source,

    /// <summary>Why the figure is what it is, answered by what it counts: "why so many?", "为什么这么多？".</summary>
    Reason,
}
