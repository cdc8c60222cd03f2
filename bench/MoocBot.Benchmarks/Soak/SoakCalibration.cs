using MoocBot.Core.Facts;
using MoocBot.Telegram.Tests.Fakes;

namespace MoocBot.Benchmarks.Soak;

/// <summary>
/// Before the soak, asks the running bot every candidate once, each in a chat of its own and with no faults,
/// and keeps the candidates that get exactly one message back (and, in private chats, a reply no other question gets).
/// </summary>
internal static class SoakCalibration
{
    private static readonly string[] Commands = ["/stats", "/topics", "/about", "/fact learners", "/source moocs", "/related moocs", "/fact registered users"];

    public static async Task<SoakCalibrationResult> RunAsync(FakeBotApiServer fake, SoakLedger ledger, FactRepository repository, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        var mention = "@" + fake.Options.BotUserName + " ";
        var privateCandidates = repository.Facts.Select(f => f.Aliases.Count > 0 ? f.Aliases[0] : f.Counts).Distinct(StringComparer.Ordinal).ToList();
        var mentionCandidates = repository.Facts.Where(f => f.Aliases.Count > 1).Select(f => mention + f.Aliases[1]).Distinct(StringComparer.Ordinal).ToList();
        var groupCandidates = mentionCandidates.Concat(Commands).ToList();

        var messageIds = new Dictionary<long, long>();
        for (var i = 0; i < privateCandidates.Count; i++)
        {
            fake.EnqueueUpdate(fake.Updates.PrivateText(SoakKeys.CalibrationUserBase + i, privateCandidates[i]));
        }

        for (var i = 0; i < groupCandidates.Count; i++)
        {
            var chatId = SoakKeys.CalibrationGroupBase - i;
            var update = fake.Updates.GroupText(chatId, SoakKeys.CalibrationUserBase + 50_000 + i, groupCandidates[i]);
            messageIds[chatId] = FakeJson.AsLong(update["message"]?["message_id"]) ?? 0;
            fake.EnqueueUpdate(update);
        }

        // Wait for one reply per candidate (or a minute), then a little longer for any second part.
        var expected = privateCandidates.Count + groupCandidates.Count;
        var started = timeProvider.GetTimestamp();
        using (var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100), timeProvider))
        {
            while (ledger.CalibrationReplies.Count < expected && timeProvider.GetElapsedTime(started) < TimeSpan.FromMinutes(1))
            {
                await timer.WaitForNextTickAsync(cancellationToken);
            }
        }

        await Task.Delay(TimeSpan.FromSeconds(3), timeProvider, cancellationToken);

        var byChat = ledger.CalibrationReplies.GroupBy(m => m.ChatId).ToDictionary(g => g.Key, g => g.ToList());
        var excluded = new List<string>();
        var privateQuestions = new List<string>();
        var kinds = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < privateCandidates.Count; i++)
        {
            var replies = byChat.GetValueOrDefault(SoakKeys.CalibrationUserBase + i) ?? [];
            if (replies.Count != 1)
            {
                excluded.Add($"private \"{privateCandidates[i]}\": {replies.Count} messages");
            }
            else if (kinds.TryGetValue(replies[0].Text, out var same))
            {
                excluded.Add($"private \"{privateCandidates[i]}\": same reply as \"{privateQuestions[same]}\"");
            }
            else
            {
                kinds[replies[0].Text] = privateQuestions.Count;
                privateQuestions.Add(privateCandidates[i]);
            }
        }

        var mentions = new List<string>();
        var commands = new List<string>();
        for (var i = 0; i < groupCandidates.Count; i++)
        {
            var chatId = SoakKeys.CalibrationGroupBase - i;
            var replies = byChat.GetValueOrDefault(chatId) ?? [];
            if (replies.Count != 1 || replies[0].ReplyToMessageId != messageIds[chatId])
            {
                excluded.Add($"group \"{groupCandidates[i]}\": {replies.Count} messages{(replies.Count == 1 ? ", not a reply to the question" : string.Empty)}");
            }
            else
            {
                (i < mentionCandidates.Count ? mentions : commands).Add(groupCandidates[i]);
            }
        }

        if (privateQuestions.Count == 0 || mentions.Count == 0 || commands.Count == 0)
        {
            throw new InvalidOperationException("Calibration left no usable question of some kind: " + string.Join("; ", excluded));
        }

        return new SoakCalibrationResult(privateQuestions, kinds, mentions, commands, excluded);
    }
}
