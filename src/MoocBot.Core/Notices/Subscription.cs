namespace MoocBot.Core.Notices;

/// <summary>One chat's subscription to update notices.</summary>
/// <param name="Id">The store's id.</param>
/// <param name="Platform">"telegram", "discord", ...</param>
/// <param name="ChatId">The chat (or channel) notices go to.</param>
/// <param name="IsGroup">True for groups and server channels, which have stricter rate limits.</param>
/// <param name="Topics">The topics subscribed to ("all", "national", ...); empty when unsubscribed.</param>
/// <param name="Active">False when the chat is gone (bot blocked or removed); kept for the record.</param>
public sealed record Subscription(long Id, string Platform, string ChatId, bool IsGroup, IReadOnlyList<string> Topics, bool Active)
{
    /// <summary>Why the subscription was deactivated, when it was.</summary>
    public string? DeactivatedReason { get; init; }
}
