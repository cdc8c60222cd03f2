namespace MoocBot.Benchmarks.Telegram;

/// <summary>
/// What the load run's Bot API saw. The run is correct when every update was answered exactly once, in its own
/// chat (and, in a group, as a reply to its own message), with nothing else sent and nothing rejected, and every
/// update of one kind got the same text (a "slow down" or "something went wrong" in place of an answer shows as a
/// second text).
/// </summary>
/// <param name="Updates">Updates queued.</param>
/// <param name="AnsweredOnce">Updates with at least one accepted sendMessage.</param>
/// <param name="Duplicates">Accepted sendMessage calls beyond the first for an update.</param>
/// <param name="Misdirected">Messages that named an update but went to another chat.</param>
/// <param name="Unmatched">Messages that answer no queued update.</param>
/// <param name="Rejected">sendMessage calls answered 400 (no chat, empty text, HTML Telegram cannot parse, too long).</param>
/// <param name="Polls">getUpdates calls.</param>
/// <param name="Connections">TCP connections the bot opened.</param>
/// <param name="OtherCalls">Every other method called, with its count.</param>
/// <param name="RepliesByKind">Per kind of update, how many answers each distinct reply text got.</param>
/// <param name="InvalidReplies">Distinct reply texts Telegram would refuse, with the reason.</param>
internal sealed record LoadTally(
    int Updates,
    int AnsweredOnce,
    int Duplicates,
    int Misdirected,
    int Unmatched,
    int Rejected,
    int Polls,
    int Connections,
    IReadOnlyDictionary<string, int> OtherCalls,
    IReadOnlyList<IReadOnlyList<int>> RepliesByKind,
    IReadOnlyList<string> InvalidReplies)
{
    public bool IsCorrect =>
        AnsweredOnce == Updates && Duplicates == 0 && Misdirected == 0 && Unmatched == 0 && Rejected == 0 && InvalidReplies.Count == 0
        && RepliesByKind.All(texts => texts.Count <= 1);
}
