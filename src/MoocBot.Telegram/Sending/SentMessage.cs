using System.Text.Json.Serialization;

namespace MoocBot.Telegram.Sending;

/// <summary>
/// What the bot keeps of sendMessage's answer: only that it was sent, and as which message. Telegram answers with the
/// whole <c>Message</c> (the text again, its entities, the keyboard), which nothing here reads: reading it into
/// Telegram.Bot's object graph cost about a tenth of the CPU of a whole update under telegram-load.
/// </summary>
internal sealed class SentMessage
{
    [JsonPropertyName("message_id")]
    public int MessageId { get; init; }
}
