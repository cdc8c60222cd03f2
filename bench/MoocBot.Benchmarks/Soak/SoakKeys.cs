using System.Globalization;
using System.Text.Json.Nodes;
using MoocBot.Telegram.Tests.Fakes;

namespace MoocBot.Benchmarks.Soak;

/// <summary>
/// Ties each reply to the question it answers. In a group the bot replies to the question's message, so the key is
/// (chat, message id). In a private chat the bot just writes, so the key is (chat, which question): every question
/// gives a different reply text, and the workload gives no chat the same question twice while that is possible.
/// </summary>
internal static class SoakKeys
{
    public const long CalibrationUserBase = 9_000_000;
    public const long CalibrationGroupBase = -9_000_000;
    private const long CalibrationRange = 100_000;

    public static string Private(long chatId, int kind) => string.Create(CultureInfo.InvariantCulture, $"p{chatId}/{kind}");

    public static string Group(long chatId, long messageId) => string.Create(CultureInfo.InvariantCulture, $"g{chatId}/{messageId}");

    public static bool IsCalibrationChat(long chatId) =>
        chatId is >= CalibrationUserBase and < CalibrationUserBase + CalibrationRange
        || chatId is <= CalibrationGroupBase and > CalibrationGroupBase - CalibrationRange;

    /// <summary>The question a message answers; null when it answers none the soak asked.</summary>
    public static string? OfReply(long chatId, long? replyToMessageId, string html, IReadOnlyDictionary<string, int> kindsByReply) => chatId switch
    {
        < 0 => replyToMessageId is { } messageId ? Group(chatId, messageId) : null,
        _ => kindsByReply.TryGetValue(html, out var kind) ? Private(chatId, kind) : null,
    };

    /// <summary>The same key from a sendMessage call's parameters, before the fake decides how to answer it.</summary>
    public static string? OfCall(JsonObject parameters, IReadOnlyDictionary<string, int> kindsByReply)
    {
        if (FakeJson.AsLong(parameters["chat_id"]) is not { } chatId || FakeJson.AsString(parameters["text"]) is not { } html)
        {
            return null;
        }

        var replyTo = FakeJson.AsLong(FakeJson.AsStructure(parameters["reply_parameters"])?["message_id"]) ?? FakeJson.AsLong(parameters["reply_to_message_id"]);
        return OfReply(chatId, replyTo, html, kindsByReply);
    }
}
