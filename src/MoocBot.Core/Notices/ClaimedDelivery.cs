using MoocBot.Core.Conversations;

namespace MoocBot.Core.Notices;

/// <summary>A delivery leased to one dispatcher: one notice for one chat.</summary>
/// <param name="Id">The delivery's id.</param>
/// <param name="NoticeId">The notice's id.</param>
/// <param name="SubscriptionId">The recipient's subscription.</param>
/// <param name="Platform">The recipient's platform.</param>
/// <param name="ChatId">The recipient's chat id.</param>
/// <param name="IsGroup">True when the recipient is a group or channel.</param>
/// <param name="Attempts">Failed attempts so far.</param>
/// <param name="LeaseUntil">Until when the lease holds; no other dispatcher takes it before.</param>
/// <param name="Reply">The notice's message.</param>
public sealed record ClaimedDelivery(
    long Id,
    long NoticeId,
    long SubscriptionId,
    string Platform,
    string ChatId,
    bool IsGroup,
    int Attempts,
    DateTimeOffset LeaseUntil,
    Reply Reply);
