using System.Text.Json.Nodes;
using MoocBot.Telegram.Tests.Fakes;

namespace MoocBot.Benchmarks.Soak;

/// <summary>
/// The updates of the soak, six in ten private questions and four in ten group messages (half mentions, half
/// commands), spread round-robin over a fixed population so no user or group nears the bot's default limits
/// (20 a minute per user, 60 per chat) and the rate limiter stays on as it ships.
/// </summary>
internal sealed class SoakWorkload(FakeBotApiServer fake, SoakOptions options, SoakCalibrationResult calibration)
{
    public const long PrivateUserBase = 2_000_000;
    public const long GroupChatBase = -1_002_000_000_000;
    public const long GroupUserBase = 5_000_000;

    private long _private;
    private long _group;

    /// <summary>The update for position <paramref name="sequence"/> of the feed, and the key its answer will carry.</summary>
    public (JsonObject Update, string Key) Next(long sequence)
    {
        if (sequence % 10 < 6)
        {
            // User u asks its k-th question; the question rotates with k so no chat gets the same one twice
            // until it has asked them all (5,000 users × 34 questions is far more than a 10-minute run feeds).
            var j = _private++;
            var user = j % options.PrivateUsers;
            var round = j / options.PrivateUsers;
            var kind = (int)((round + user) % calibration.PrivateQuestions.Count);
            var chatId = PrivateUserBase + user;
            return (fake.Updates.PrivateText(chatId, calibration.PrivateQuestions[kind]), SoakKeys.Private(chatId, kind));
        }

        var g = _group++;
        var groupId = GroupChatBase - (g % options.Groups);
        var author = GroupUserBase + (g % options.GroupUsers);
        var text = g % 2 == 0
            ? calibration.GroupMentions[(int)(g / 2 % calibration.GroupMentions.Count)]
            : calibration.GroupCommands[(int)(g / 2 % calibration.GroupCommands.Count)];
        var update = fake.Updates.GroupText(groupId, author, text);
        var messageId = FakeJson.AsLong(update["message"]?["message_id"]) ?? throw new InvalidOperationException("A group update without a message id.");
        return (update, SoakKeys.Group(groupId, messageId));
    }
}
