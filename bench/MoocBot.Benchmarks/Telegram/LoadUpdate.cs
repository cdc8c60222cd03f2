namespace MoocBot.Benchmarks.Telegram;

/// <summary>
/// One update of the load run, already written as the JSON getUpdates returns, with what its answer must carry:
/// the chat it goes to and, in a group, the message it replies to. <paramref name="Kind"/> indexes
/// <see cref="LoadWorkload.KindNames"/>.
/// </summary>
internal sealed record LoadUpdate(int UpdateId, byte[] Json, long ChatId, int MessageId, bool IsGroup, int Kind);
