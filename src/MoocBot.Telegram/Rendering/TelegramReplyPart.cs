using MoocBot.Core.Conversations;

namespace MoocBot.Telegram.Rendering;

/// <summary>One message of a reply: text (HTML), or a photo with its caption (HTML, possibly empty).</summary>
/// <param name="Html">The message text, or the photo's caption.</param>
/// <param name="Photo">The photo, for a sendPhoto; null for a sendMessage.</param>
internal sealed record TelegramReplyPart(string Html, ReplyImage? Photo = null);
