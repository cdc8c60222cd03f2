namespace MoocBot.Benchmarks.Soak;

/// <summary>The texts the soak may send, each known to get exactly one reply, and how to tell private replies apart.</summary>
/// <param name="PrivateQuestions">Questions for private chats; their replies all differ.</param>
/// <param name="KindsByReply">Reply HTML → index into <paramref name="PrivateQuestions"/>.</param>
/// <param name="GroupMentions">Questions addressed to the bot in a group.</param>
/// <param name="GroupCommands">Commands in a group.</param>
/// <param name="Excluded">Candidates left out, with why.</param>
internal sealed record SoakCalibrationResult(
    IReadOnlyList<string> PrivateQuestions,
    IReadOnlyDictionary<string, int> KindsByReply,
    IReadOnlyList<string> GroupMentions,
    IReadOnlyList<string> GroupCommands,
    IReadOnlyList<string> Excluded);
