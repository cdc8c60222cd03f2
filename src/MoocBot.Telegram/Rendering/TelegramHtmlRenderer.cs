using System.Buffers;
using System.Text;
using MoocBot.Core.Conversations;

namespace MoocBot.Telegram.Rendering;

/// <summary>
/// Renders a <see cref="Reply"/> as Telegram HTML (parse_mode HTML). Every piece of text is escaped,
/// so no fact or user text can ever form a tag: "can't parse entities" cannot happen.
/// </summary>
/// <remarks>
/// One walk over the blocks and spans writes every message into one pooled buffer. A reply is cut only where it must:
/// between blocks when the next block would pass the limit, inside a block (tags closed and reopened) when the block
/// alone would, and inside a span (at white space where it can be) when the span alone would.
/// </remarks>
internal static class TelegramHtmlRenderer
{
    /// <summary>Telegram's limit for one message. Counting the HTML rather than the visible text keeps every part safely under it.</summary>
    public const int MaxMessageLength = 4096;

    private const string Bullet = "• ";
    private const string AnchorStart = "<a href=\"";
    private const string AnchorEnd = "\">";
    private const string AnchorClose = "</a>";

    /// <summary>The reply as one or more messages, split where a message would pass <paramref name="maxLength"/>; empty when there is nothing visible to send.</summary>
    public static IReadOnlyList<string> Render(Reply reply, int maxLength = MaxMessageLength)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 64);
        var writer = new Writer(maxLength);
        try
        {
            ReplyBlockKind? previous = null;
            var blocks = reply.Blocks;
            for (var i = 0; i < blocks.Count; i++)
            {
                var block = blocks[i];
                if (IsBlank(block))
                {
                    continue;
                }

                writer.WriteBlock(block, previous is null ? string.Empty
                    : previous == ReplyBlockKind.ListItem && block.Kind == ReplyBlockKind.ListItem ? "\n" : "\n\n");
                previous = block.Kind;
            }

            return writer.Finish();
        }
        finally
        {
            writer.Dispose();
        }
    }

    private static bool IsBlank(ReplyBlock block)
    {
        var spans = block.Spans;
        for (var i = 0; i < spans.Count; i++)
        {
            if (!spans[i].Text.AsSpan().IsWhiteSpace())
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

    private static (string Open, string Close) StyleTags(SpanStyle style) => style switch
    {
        SpanStyle.Bold => ("<b>", "</b>"),
        SpanStyle.Italic => ("<i>", "</i>"),
        SpanStyle.Code => ("<code>", "</code>"),
        _ => (string.Empty, string.Empty),
    };

    /// <summary>
    /// The address a span links to, when it may and its anchor fits well within <paramref name="budget"/>; otherwise null.
    /// Telegram does not allow a link inside code, and a link needs an absolute http(s) address.
    /// </summary>
    private static string? LinkOf(SpanStyle style, Uri? url, int budget, int styleTagsLength)
    {
        if (style == SpanStyle.Code || url is not { IsAbsoluteUri: true } || (url.Scheme != Uri.UriSchemeHttps && url.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        var address = url.AbsoluteUri;
        var anchorLength = AnchorStart.Length + EscapedLength(address) + AnchorEnd.Length;
        return budget - styleTagsLength - anchorLength - AnchorClose.Length >= budget / 2 ? address : null;
    }

    private static int EscapedLength(string text)
    {
        var length = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            length += rune.Value switch
            {
                '&' => "&amp;".Length,
                '<' => "&lt;".Length,
                '>' => "&gt;".Length,
                '"' => "&quot;".Length,
                _ => rune.Utf16SequenceLength,
            };
        }

        return length;
    }

    /// <summary>
    /// The messages of one reply in one pooled buffer. Everything is written as it comes; where a piece turns out not
    /// to fit, its end is marked or the closing and reopening tags are moved in before the text that did not fit.
    /// </summary>
    private struct Writer(int maxLength) : IDisposable
    {
        private char[] _buffer = ArrayPool<char>.Shared.Rent(1024);
        private int _length;
        private int _messageStart;
        private string? _first;
        private List<string>? _messages;

        // The piece being written: a block, or the part of one that fits a message. The separator before it belongs to
        // no message when the piece starts the next one.
        private int _separatorStart;
        private int _pieceStart;
        private int _emptyPieceLength;

        public void WriteBlock(ReplyBlock block, string separator)
        {
            var (open, close) = BlockTags(block.Kind);
            var budget = maxLength - open.Length - close.Length - Bullet.Length;
            _separatorStart = _length;
            if (_length > _messageStart)
            {
                Append(separator);
            }

            _pieceStart = _length;
            Append(open);
            if (block.Kind == ReplyBlockKind.ListItem)
            {
                Append(Bullet);
            }

            _emptyPieceLength = _length - _pieceStart;
            var spans = block.Spans;
            for (var i = 0; i < spans.Count; i++)
            {
                var span = spans[i];
                if (span.Text.Length > 0)
                {
                    WriteSpan(span.Text, SpanStyleIn(block, span), span.Url, budget, open, close);
                }
            }

            if (_length - _pieceStart > _emptyPieceLength)
            {
                Append(close);
                FinishPiece(_length);
            }
            else
            {
                _length = _separatorStart;
            }
        }

        /// <summary>The messages written; the buffer goes back to the pool in <see cref="Dispose"/>.</summary>
        public string[] Finish()
        {
            if (_length > _messageStart)
            {
                AddMessage(_messageStart, _length);
            }

            return _messages is not null ? [.. _messages] : _first is null ? [] : [_first];
        }

        public void Dispose()
        {
            if (_buffer.Length > 0)
            {
                ArrayPool<char>.Shared.Return(_buffer);
                _buffer = [];
            }
        }

        /// <summary>
        /// A span as units of tagged text, each within <paramref name="budget"/> with its tags: a unit that would pass it
        /// is cut at the last white space past its middle, else before the character that passed it.
        /// </summary>
        private void WriteSpan(string text, SpanStyle style, Uri? url, int budget, string blockOpen, string blockClose)
        {
            var (styleOpen, styleClose) = StyleTags(style);
            var link = LinkOf(style, url, budget, styleOpen.Length + styleClose.Length);
            var unitStart = _length;
            WriteSpanOpen(styleOpen, link);
            var openLength = _length - unitStart;
            var closeLength = styleClose.Length + (link is null ? 0 : AnchorClose.Length);
            var limit = budget - openLength - closeLength;
            var textStart = _length;
            var lastSpaceEnd = -1;
            foreach (var rune in text.EnumerateRunes())
            {
                var before = _length;
                AppendEscaped(rune);
                if (_length - textStart > limit)
                {
                    var cut = lastSpaceEnd > limit / 2 ? lastSpaceEnd : before - textStart;
                    if (cut > 0)
                    {
                        // The unit ends at the cut; the text after it starts the next unit, under the same tags.
                        var rest = textStart + cut;
                        var end = OpenGap(rest, closeLength);
                        WriteSpanClose(styleClose, link);
                        _length = end;
                        rest += closeLength;
                        rest += FinishUnit(unitStart, rest, blockOpen, blockClose);
                        unitStart = rest;
                        end = OpenGap(rest, openLength);
                        WriteSpanOpen(styleOpen, link);
                        _length = end;
                        textStart = rest + openLength;
                    }

                    lastSpaceEnd = -1;
                }

                if (Rune.IsWhiteSpace(rune))
                {
                    lastSpaceEnd = _length - textStart;
                }
            }

            WriteSpanClose(styleClose, link);
            FinishUnit(unitStart, _length, blockOpen, blockClose);
        }

        /// <summary>
        /// Ends the piece before the unit at <paramref name="unitStart"/> when the unit would not fit in it, and starts
        /// the next piece there; returns how far that moved the unit.
        /// </summary>
        private int FinishUnit(int unitStart, int unitEnd, string blockOpen, string blockClose)
        {
            var pieceLength = unitStart - _pieceStart;
            if (pieceLength <= _emptyPieceLength || pieceLength + (unitEnd - unitStart) + blockClose.Length <= maxLength)
            {
                return 0;
            }

            var moved = blockClose.Length + 1 + blockOpen.Length;
            var end = OpenGap(unitStart, moved);
            Append(blockClose);
            FinishPiece(_length);

            // The next piece of the same block follows on a new line, with its tags reopened.
            _separatorStart = _length;
            Append('\n');
            _pieceStart = _length;
            Append(blockOpen);
            _emptyPieceLength = blockOpen.Length;
            _length = end;
            return moved;
        }

        /// <summary>Starts a new message with the piece ending at <paramref name="pieceEnd"/> when it does not fit after the text before it.</summary>
        private void FinishPiece(int pieceEnd)
        {
            if (_separatorStart > _messageStart && pieceEnd - _messageStart > maxLength)
            {
                AddMessage(_messageStart, _separatorStart);
                _messageStart = _pieceStart;
            }
        }

        private void AddMessage(int start, int end)
        {
            var message = new string(_buffer, start, end - start);
            if (_first is null)
            {
                _first = message;
                return;
            }

            _messages ??= [_first];
            _messages.Add(message);
        }

        private void WriteSpanOpen(string styleOpen, string? link)
        {
            Append(styleOpen);
            if (link is not null)
            {
                Append(AnchorStart);
                foreach (var rune in link.EnumerateRunes())
                {
                    AppendEscaped(rune);
                }

                Append(AnchorEnd);
            }
        }

        private void WriteSpanClose(string styleClose, string? link)
        {
            if (link is not null)
            {
                Append(AnchorClose);
            }

            Append(styleClose);
        }

        /// <summary>
        /// Moves the text from <paramref name="position"/> on by <paramref name="count"/> and sets the writing position
        /// to the gap; returns the length to restore once the gap is filled.
        /// </summary>
        private int OpenGap(int position, int count)
        {
            Reserve(count);
            _buffer.AsSpan(position, _length - position).CopyTo(_buffer.AsSpan(position + count));
            var end = _length + count;
            _length = position;
            return end;
        }

        private void AppendEscaped(Rune rune)
        {
            switch (rune.Value)
            {
                case '&':
                    Append("&amp;");
                    break;
                case '<':
                    Append("&lt;");
                    break;
                case '>':
                    Append("&gt;");
                    break;
                case '"':
                    Append("&quot;");
                    break;
                default:
                    Reserve(2);
                    _length += rune.EncodeToUtf16(_buffer.AsSpan(_length));
                    break;
            }
        }

        private void Append(char character)
        {
            Reserve(1);
            _buffer[_length++] = character;
        }

        private void Append(string text)
        {
            Reserve(text.Length);
            text.CopyTo(_buffer.AsSpan(_length));
            _length += text.Length;
        }

        /// <summary>Room for <paramref name="count"/> more characters after the writing position.</summary>
        private void Reserve(int count)
        {
            if (_length + count <= _buffer.Length)
            {
                return;
            }

            // The whole buffer is copied: while a gap is filled, text lies beyond the writing position.
            var larger = ArrayPool<char>.Shared.Rent(Math.Max(_buffer.Length * 2, _length + count));
            _buffer.CopyTo(larger, 0);
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = larger;
        }
    }
}
