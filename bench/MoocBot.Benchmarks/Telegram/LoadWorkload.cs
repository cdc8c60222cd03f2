using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace MoocBot.Benchmarks.Telegram;

/// <summary>
/// The load run's mix, like a busy day: 6 in 10 updates are questions in private chats (a new user each), 2 in 10
/// questions that mention the bot in a group, 2 in 10 commands in a group; groups are reused round-robin. Each update
/// is written once, before the clock starts, in the shape <c>FakeUpdates</c> gives (the same fields and entities).
/// </summary>
internal static class LoadWorkload
{
    public const long FirstUserId = 1_000_000;

    public const long FirstGroupId = -1_000_000;

    public const int FirstMessageId = 1_000_000;

    private static readonly string[] Questions =
    [
        "how many moocs?",
        "how many registered users?",
        "how many learners are there?",
        "how many teachers were trained in the west?",
        "how many countries use the platform?",
    ];

    private static readonly string[] Commands = ["/stats", "/fact learners", "/topics", "/source moocs", "/about"];

    /// <summary>What each kind of update asks, for the report: private questions, group mentions, group commands.</summary>
    public static IReadOnlyList<string> KindNames { get; } =
    [
        .. Questions.Select(q => "private: " + q),
        .. Questions.Select(q => "group: @bot " + q),
        .. Commands.Select(c => "group: " + c),
    ];

    /// <summary>Updates <paramref name="first"/> to <paramref name="first"/> + <paramref name="count"/> - 1 of the run (update_id = sequence + 1).</summary>
    public static List<LoadUpdate> Build(int first, int count, int chats, string botUserName, long unixNow)
    {
        var updates = new List<LoadUpdate>(count);
        var buffer = new ArrayBufferWriter<byte>(1024);
        using var writer = new Utf8JsonWriter(buffer);
        for (var sequence = first; sequence < first + count; sequence++)
        {
            var user = FirstUserId + sequence;
            var messageId = FirstMessageId + sequence;
            // The tens cycle through every question and command (the units pick private, mention or command).
            var variant = sequence / 10 % Questions.Length;
            var (kind, chat, text) = (sequence % 10) switch
            {
                < 6 => (variant, user, Questions[variant]),
                < 8 => (Questions.Length + variant, FirstGroupId - (sequence % chats), "@" + botUserName + " " + Questions[variant]),
                _ => ((2 * Questions.Length) + variant, FirstGroupId - (sequence % chats), Commands[variant]),
            };
            var isGroup = chat < 0;

            buffer.ResetWrittenCount();
            writer.Reset(buffer);
            writer.WriteStartObject();
            writer.WriteNumber("update_id", sequence + 1);
            writer.WriteStartObject("message");
            writer.WriteNumber("message_id", messageId);
            writer.WriteStartObject("chat");
            writer.WriteNumber("id", chat);
            if (isGroup)
            {
                writer.WriteString("type", "supergroup");
                writer.WriteString("title", "Test supergroup " + chat.ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteString("type", "private");
                writer.WriteString("first_name", "User" + chat.ToString(CultureInfo.InvariantCulture));
            }

            writer.WriteEndObject();
            writer.WriteNumber("date", unixNow);
            writer.WriteString("text", text);
            writer.WriteStartObject("from");
            writer.WriteNumber("id", user);
            writer.WriteBoolean("is_bot", false);
            writer.WriteString("first_name", "User" + user.ToString(CultureInfo.InvariantCulture));
            writer.WriteString("language_code", "en");
            writer.WriteEndObject();
            WriteEntities(writer, text, botUserName);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.Flush();
            updates.Add(new LoadUpdate(sequence + 1, buffer.WrittenSpan.ToArray(), chat, messageId, isGroup, kind));
        }

        return updates;
    }

    /// <summary>The entities Telegram marks: a leading bot command, and a leading mention of the bot.</summary>
    private static void WriteEntities(Utf8JsonWriter writer, string text, string botUserName)
    {
        var (type, length) = text[0] switch
        {
            '/' => ("bot_command", text.IndexOf(' ', StringComparison.Ordinal) is var space and >= 0 ? space : text.Length),
            '@' => ("mention", botUserName.Length + 1),
            _ => ((string?)null, 0),
        };
        if (type is null)
        {
            return;
        }

        writer.WriteStartArray("entities");
        writer.WriteStartObject();
        writer.WriteNumber("offset", 0);
        writer.WriteNumber("length", length);
        writer.WriteString("type", type);
        writer.WriteEndObject();
        writer.WriteEndArray();
    }
}
