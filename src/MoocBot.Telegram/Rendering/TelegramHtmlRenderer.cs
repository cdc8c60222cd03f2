using System.Text;
using MoocBot.Core.Conversations;

namespace MoocBot.Telegram.Rendering;

/// <summary>
/// Renders a <see cref="Reply"/> as Telegram HTML (parse_mode HTML). Every piece of text is escaped,
/// so no fact or user text can ever form a tag: "can't parse entities" cannot happen.
/// </summary>
internal static class TelegramHtmlRenderer
{
    /// <summary>Telegram's limit for one message. Counting the HTML rather than the visible text keeps every part safely under it.</summary>
    public const int MaxMessageLength = 4096;

    private const string Bullet = "• ";

    /// <summary>The reply as one or more messages, split between blocks; empty when there is nothing visible to send.</summary>
    public static IReadOnlyList<string> Render(Reply reply, int maxLength = MaxMessageLength)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 64);
        if (TryRenderWhole(reply, maxLength) is { } whole)
        {
            return whole.Length == 0 ? [] : [whole];
        }

        return RenderInPieces(reply, maxLength);
    }

    /// <summary>The reply block by block and span by span, split where a message would pass <paramref name="maxLength"/>.</summary>
    internal static IReadOnlyList<string> RenderInPieces(Reply reply, int maxLength)
    {
        var messages = new List<string>();
        var current = new StringBuilder();
        ReplyBlockKind? previous = null;
        foreach (var block in reply.Blocks)
        {
            if (IsBlank(block))
            {
                continue;
            }

            var separator = previous is null ? string.Empty
                : previous == ReplyBlockKind.ListItem && block.Kind == ReplyBlockKind.ListItem ? "\n" : "\n\n";
            foreach (var piece in RenderBlock(block, maxLength))
            {
                if (current.Length > 0 && current.Length + separator.Length + piece.Length > maxLength)
                {
                    messages.Add(current.ToString());
                    current.Clear();
                }

                if (current.Length > 0)
                {
                    current.Append(separator);
                }

                current.Append(piece);
                separator = "\n";
            }

            previous = block.Kind;
        }

        if (current.Length > 0)
        {
            messages.Add(current.ToString());
        }

        return messages;
    }

    /// <summary>Escapes text for Telegram HTML: &amp;, &lt; and &gt; (and &quot; for attributes); broken surrogates become U+FFFD.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 16);
        foreach (var rune in text.EnumerateRunes())
        {
            AppendEscaped(builder, rune);
        }

        return builder.ToString();
    }

    /// <summary>
    /// The reply as one message, built in one buffer, when it fits <paramref name="maxLength"/> (nearly every reply);
    /// null when it must be split. The same text the splitting path gives for a reply that fits, without its pieces.
    /// </summary>
    private static string? TryRenderWhole(Reply reply, int maxLength)
    {
        var builder = new StringBuilder(512);
        ReplyBlockKind? previous = null;
        foreach (var block in reply.Blocks)
        {
            if (IsBlank(block))
            {
                continue;
            }

            if (previous is not null)
            {
                builder.Append(previous == ReplyBlockKind.ListItem && block.Kind == ReplyBlockKind.ListItem ? "\n" : "\n\n");
            }

            var (open, close) = BlockTags(block.Kind);
            builder.Append(open);
            if (block.Kind == ReplyBlockKind.ListItem)
            {
                builder.Append(Bullet);
            }

            var budget = maxLength - open.Length - close.Length - Bullet.Length;
            foreach (var span in block.Spans)
            {
                if (span.Text.Length == 0)
                {
                    continue;
                }

                var (spanOpen, spanClose) = SpanTags(SpanStyleIn(block, span), span.Url, budget);
                builder.Append(spanOpen);
                var textStart = builder.Length;
                foreach (var rune in span.Text.EnumerateRunes())
                {
                    AppendEscaped(builder, rune);
                }

                // The splitting path cuts a span longer than this even when the message would hold it.
                if (builder.Length - textStart > budget - spanOpen.Length - spanClose.Length || builder.Length + spanClose.Length > maxLength)
                {
                    return null;
                }

                builder.Append(spanClose);
            }

            builder.Append(close);
            if (builder.Length > maxLength)
            {
                return null;
            }

            previous = block.Kind;
        }

        return builder.ToString();
    }

    private static bool IsBlank(ReplyBlock block)
    {
        foreach (var span in block.Spans)
        {
            if (!span.Text.AsSpan().IsWhiteSpace())
            {
                return false;
            }
        }

        return true;
    }

    private static (string Open, string Close) BlockTags(ReplyBlockKind kind) => kind switch
    {
        ReplyBlockKind.Heading => ("<b>", "</b>"),
        ReplyBlockKind.Quote => ("<blockquote>", "</blockquote>"),
        _ => (string.Empty, string.Empty),
    };

    // A heading is already bold; Telegram needs no <b> inside <b>.
    private static SpanStyle SpanStyleIn(ReplyBlock block, ReplySpan span) =>
        block.Kind == ReplyBlockKind.Heading && span.Style == SpanStyle.Bold ? SpanStyle.Plain : span.Style;

    /// <summary>A span's opening and closing tags, a link included when it fits well within <paramref name="budget"/>.</summary>
    private static (string Open, string Close) SpanTags(SpanStyle style, Uri? url, int budget)
    {
        var (open, close) = style switch
        {
            SpanStyle.Bold => ("<b>", "</b>"),
            SpanStyle.Italic => ("<i>", "</i>"),
            SpanStyle.Code => ("<code>", "</code>"),
            _ => (string.Empty, string.Empty),
        };

        // Telegram does not allow a link inside code; a link needs an absolute http(s) address.
        if (style != SpanStyle.Code && url is { IsAbsoluteUri: true } && (url.Scheme == Uri.UriSchemeHttps || url.Scheme == Uri.UriSchemeHttp))
        {
            var anchor = "<a href=\"" + Escape(url.AbsoluteUri) + "\">";
            if (budget - open.Length - close.Length - anchor.Length - "</a>".Length >= budget / 2)
            {
                return (open + anchor, "</a>" + close);
            }
        }

        return (open, close);
    }

    /// <summary>One block as one or more pieces, each no longer than <paramref name="maxLength"/>; tags are closed and reopened across pieces.</summary>
    private static IEnumerable<string> RenderBlock(ReplyBlock block, int maxLength)
    {
        var (open, close) = BlockTags(block.Kind);
        var piece = new StringBuilder(open);
        if (block.Kind == ReplyBlockKind.ListItem)
        {
            piece.Append(Bullet);
        }

        var empty = piece.Length;
        var budget = maxLength - open.Length - close.Length - Bullet.Length;
        foreach (var span in block.Spans)
        {
            foreach (var unit in RenderSpan(span.Text, SpanStyleIn(block, span), span.Url, budget))
            {
                if (piece.Length > empty && piece.Length + unit.Length + close.Length > maxLength)
                {
                    yield return piece.Append(close).ToString();
                    piece.Clear().Append(open);
                    empty = piece.Length;
                }

                piece.Append(unit);
            }
        }

        if (piece.Length > empty)
        {
            yield return piece.Append(close).ToString();
        }
    }

    /// <summary>A span as tagged units, each within <paramref name="budget"/>; long text is cut at white space where it can be.</summary>
    private static IEnumerable<string> RenderSpan(string text, SpanStyle style, Uri? url, int budget)
    {
        if (text.Length == 0)
        {
            yield break;
        }

        var (open, close) = SpanTags(style, url, budget);
        foreach (var chunk in SplitEscaped(text, budget - open.Length - close.Length))
        {
            yield return open + chunk + close;
        }
    }

    private static IEnumerable<string> SplitEscaped(string text, int limit)
    {
        var chunk = new StringBuilder();
        var lastSpaceEnd = -1;
        foreach (var rune in text.EnumerateRunes())
        {
            var before = chunk.Length;
            AppendEscaped(chunk, rune);
            if (chunk.Length > limit)
            {
                var escaped = chunk.ToString(before, chunk.Length - before);
                var cut = lastSpaceEnd > limit / 2 ? lastSpaceEnd : before;
                if (cut > 0)
                {
                    yield return chunk.ToString(0, cut);
                }

                var rest = chunk.ToString(cut, before - cut) + escaped;
                chunk.Clear().Append(rest);
                lastSpaceEnd = -1;
            }

            if (Rune.IsWhiteSpace(rune))
            {
                lastSpaceEnd = chunk.Length;
            }
        }

        if (chunk.Length > 0)
        {
            yield return chunk.ToString();
        }
    }

    private static void AppendEscaped(StringBuilder builder, Rune rune)
    {
        switch (rune.Value)
        {
            case '&':
                builder.Append("&amp;");
                break;
            case '<':
                builder.Append("&lt;");
                break;
            case '>':
                builder.Append("&gt;");
                break;
            case '"':
                builder.Append("&quot;");
                break;
            default:
                // Appended as UTF-16 units: Rune.ToString() would allocate a string for every character of the reply.
                Span<char> units = stackalloc char[2];
                builder.Append(units[..rune.EncodeToUtf16(units)]);
                break;
        }
    }
}
