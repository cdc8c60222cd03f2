using System.Text;
using MoocBot.Core.Conversations;

namespace MoocBot.Telegram.Tests.Rendering;

/// <summary>
/// The rendering rules written the plain way, as a model for the renderer's one-buffer writer: every block becomes
/// whole pieces (no longer than the limit, tags closed and reopened), every span whole units, and a message takes
/// pieces until the next one would pass the limit. Slow and allocation-heavy on purpose; only tests use it.
/// </summary>
internal static class TelegramHtmlReference
{
    public static IReadOnlyList<string> Render(Reply reply, int maxLength)
    {
        var messages = new List<string>();
        var current = new StringBuilder();
        ReplyBlockKind? previous = null;
        foreach (var block in reply.Blocks.Where(b => !b.Spans.All(s => string.IsNullOrWhiteSpace(s.Text))))
        {
            var separator = previous is null ? string.Empty
                : previous == ReplyBlockKind.ListItem && block.Kind == ReplyBlockKind.ListItem ? "\n" : "\n\n";
            foreach (var piece in Pieces(block, maxLength))
            {
                if (current.Length > 0 && current.Length + separator.Length + piece.Length > maxLength)
                {
                    messages.Add(current.ToString());
                    current.Clear();
                }

                current.Append(current.Length > 0 ? separator : string.Empty).Append(piece);
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

    private static IEnumerable<string> Pieces(ReplyBlock block, int maxLength)
    {
        var (open, close) = block.Kind switch
        {
            ReplyBlockKind.Heading => ("<b>", "</b>"),
            ReplyBlockKind.Quote => ("<blockquote>", "</blockquote>"),
            _ => (string.Empty, string.Empty),
        };
        var piece = new StringBuilder(open).Append(block.Kind == ReplyBlockKind.ListItem ? "• " : string.Empty);
        var empty = piece.Length;
        var budget = maxLength - open.Length - close.Length - "• ".Length;
        foreach (var span in block.Spans.Where(s => s.Text.Length > 0))
        {
            var style = block.Kind == ReplyBlockKind.Heading && span.Style == SpanStyle.Bold ? SpanStyle.Plain : span.Style;
            var (spanOpen, spanClose) = SpanTags(style, span.Url, budget);
            foreach (var chunk in Chunks(span.Text, budget - spanOpen.Length - spanClose.Length))
            {
                var unit = spanOpen + chunk + spanClose;
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

    private static (string Open, string Close) SpanTags(SpanStyle style, Uri? url, int budget)
    {
        var (open, close) = style switch
        {
            SpanStyle.Bold => ("<b>", "</b>"),
            SpanStyle.Italic => ("<i>", "</i>"),
            SpanStyle.Code => ("<code>", "</code>"),
            _ => (string.Empty, string.Empty),
        };
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

    /// <summary>Escaped text in chunks of at most <paramref name="limit"/>, cut at the last white space past the middle where there is one.</summary>
    private static IEnumerable<string> Chunks(string text, int limit)
    {
        var chunk = string.Empty;
        var lastSpaceEnd = -1;
        foreach (var rune in text.EnumerateRunes())
        {
            var escaped = Escape(rune.ToString());
            if (chunk.Length + escaped.Length > limit)
            {
                var cut = lastSpaceEnd > limit / 2 ? lastSpaceEnd : chunk.Length;
                if (cut > 0)
                {
                    yield return chunk[..cut];
                }

                chunk = chunk[cut..];
                lastSpaceEnd = -1;
            }

            chunk += escaped;
            if (Rune.IsWhiteSpace(rune))
            {
                lastSpaceEnd = chunk.Length;
            }
        }

        if (chunk.Length > 0)
        {
            yield return chunk;
        }
    }

    private static string Escape(string text) => string.Concat(text.EnumerateRunes().Select(r => r.Value switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        _ => r.ToString(),
    }));
}
