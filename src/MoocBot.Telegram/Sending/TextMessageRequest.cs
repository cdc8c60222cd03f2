using MoocBot.Core.Conversations;
using MoocBot.Telegram.Rendering;
using Telegram.Bot.Requests;

namespace MoocBot.Telegram.Sending;

/// <summary>
/// sendMessage for one text part of a reply, sent with the real client's <c>SendRequest</c> but written straight into
/// its JSON body: chat_id, the HTML text and its parse_mode, no link preview, the message answered, the forum topic and
/// the inline keyboard (<see cref="TelegramKeyboard.Write"/>). The fields Telegram.Bot's SendMessageRequest sends for
/// the same call, without building that request, its ChatId, its keyboard objects or its serialiser's object graph;
/// and of the answer only the message id is read (<see cref="SentMessage"/>).
/// </summary>
internal sealed class TextMessageRequest(long chatId, string html, IReadOnlyList<ReplyButton>? buttons, ReplyTarget target)
    : RequestBase<SentMessage>("sendMessage")
{
    public override HttpContent ToHttpContent()
    {
        var content = new PooledJsonContent(256 + (html.Length * 2));
        var writer = content.StartWriting();
        writer.WriteStartObject();
        writer.WriteNumber("chat_id", chatId);
        writer.WriteString("text", html);
        writer.WriteString("parse_mode", "HTML");
        writer.WriteStartObject("link_preview_options");
        writer.WriteBoolean("is_disabled", true);
        writer.WriteEndObject();
        if (target.ReplyToMessageId is { } replyTo)
        {
            writer.WriteStartObject("reply_parameters");
            writer.WriteNumber("message_id", replyTo);
            writer.WriteBoolean("allow_sending_without_reply", true);
            writer.WriteEndObject();
        }

        if (target.MessageThreadId is { } thread)
        {
            writer.WriteNumber("message_thread_id", thread);
        }

        if (buttons is not null)
        {
            TelegramKeyboard.Write(writer, buttons);
        }

        writer.WriteEndObject();
        writer.Flush();
        return content;
    }
}
