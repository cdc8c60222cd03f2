using System.Runtime.CompilerServices;
using MoocBot.Core.Conversations;

namespace MoocBot.Telegram.Rendering;

/// <summary>
/// Splits a reply into the messages Telegram gets. A reply with a picture starts with the photo: its caption is the
/// whole text when that fits Telegram's 1024 characters; otherwise the caption is the first paragraph (when that
/// fits) and the rest follows as text messages.
/// </summary>
internal static class TelegramReplyParts
{
    /// <summary>Telegram's limit for a photo's caption. Counting the HTML rather than the visible text keeps it safely under.</summary>
    public const int MaxCaptionLength = 1024;

    // A reply never changes, and the composer hands out the same fact card again and again: each reply is rendered
    // once, and its parts live as long as it does.
    private static readonly ConditionalWeakTable<Reply, IReadOnlyList<TelegramReplyPart>> Rendered = [];

    /// <summary>The messages of <paramref name="reply"/>, rendered the first time it is sent.</summary>
    public static IReadOnlyList<TelegramReplyPart> Split(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        if (!Rendered.TryGetValue(reply, out var parts))
        {
            parts = Render(reply);
            Rendered.TryAdd(reply, parts);
        }

        return parts;
    }

    private static TelegramReplyPart[] Render(Reply reply)
    {
        if (reply.Image is not { } image)
        {
            return TextParts(TelegramHtmlRenderer.Render(reply));
        }

        var whole = TelegramHtmlRenderer.Render(reply);
        if (whole.Count <= 1 && (whole.Count == 0 || whole[0].Length <= MaxCaptionLength))
        {
            return [new TelegramReplyPart(whole.Count == 0 ? string.Empty : whole[0], image)];
        }

        var caption = string.Empty;
        var rest = reply.Blocks;
        if (reply.Blocks.Count > 0 && TelegramHtmlRenderer.Render(reply with { Blocks = [reply.Blocks[0]] }) is [var first] && first.Length <= MaxCaptionLength)
        {
            caption = first;
            rest = [.. reply.Blocks.Skip(1)];
        }

        return
        [
            new TelegramReplyPart(caption, image),
            .. TextParts(TelegramHtmlRenderer.Render(reply with { Blocks = rest })),
        ];
    }

    private static TelegramReplyPart[] TextParts(IReadOnlyList<string> messages)
    {
        var parts = new TelegramReplyPart[messages.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = new TelegramReplyPart(messages[i]);
        }

        return parts;
    }
}
