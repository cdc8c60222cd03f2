using System.Globalization;
using System.Text;

namespace MoocBot.Telegram.Tests.Fakes;

/// <summary>
/// A small parser for Telegram's HTML parse mode, as strict as Telegram or stricter: only the tags and
/// entities Telegram documents, properly nested and closed. It returns the text a user would see.
/// </summary>
public static class TelegramHtmlParser
{
    private static readonly HashSet<string> Tags = new(StringComparer.Ordinal)
    {
        "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a", "code", "pre", "blockquote", "tg-emoji",
    };

    /// <summary>Parses <paramref name="html"/>; on failure <paramref name="error"/> reads like Telegram's "can't parse entities" detail.</summary>
    public static bool TryParse(string html, out string text, out string? error)
    {
        ArgumentNullException.ThrowIfNull(html);
        var visible = new StringBuilder(html.Length);
        var open = new Stack<string>();
        error = null;
        text = string.Empty;
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i + 1);
                if (end < 0)
                {
                    error = $"Can't find end of the tag starting at byte offset {ByteOffset(html, i)}";
                    return false;
                }

                var tag = html[(i + 1)..end];
                if (!ApplyTag(tag, open, out error))
                {
                    error += $" at byte offset {ByteOffset(html, i)}";
                    return false;
                }

                i = end + 1;
            }
            else if (c == '&')
            {
                if (!TryDecodeEntity(html, ref i, visible))
                {
                    error = $"Unsupported HTML entity at byte offset {ByteOffset(html, i)}";
                    return false;
                }
            }
            else if (c == '>')
            {
                error = $"Unexpected '>' at byte offset {ByteOffset(html, i)}";
                return false;
            }
            else
            {
                visible.Append(c);
                i++;
            }
        }

        if (open.Count > 0)
        {
            error = $"Can't find end tag corresponding to start tag \"{open.Peek()}\"";
            return false;
        }

        text = visible.ToString();
        return true;
    }

    /// <summary>Escapes text the way any correct renderer must, for tests that build expected HTML.</summary>
    public static string Escape(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    private static bool ApplyTag(string tag, Stack<string> open, out string? error)
    {
        error = null;
        if (tag.StartsWith('/'))
        {
            var closing = tag[1..].Trim();
            if (open.Count == 0 || !string.Equals(open.Peek(), closing, StringComparison.OrdinalIgnoreCase))
            {
                error = open.Count == 0 ? $"Unexpected end tag \"{closing}\"" : $"Can't find end tag corresponding to start tag \"{open.Peek()}\"";
                return false;
            }

            open.Pop();
            return true;
        }

        var nameEnd = 0;
        while (nameEnd < tag.Length && (char.IsAsciiLetterOrDigit(tag[nameEnd]) || tag[nameEnd] == '-'))
        {
            nameEnd++;
        }

        var name = tag[..nameEnd].ToLowerInvariant();
        if (name.Length == 0 || !Tags.Contains(name) || tag.EndsWith('/'))
        {
            error = $"Unsupported start tag \"{tag}\"";
            return false;
        }

        if (!TryParseAttributes(tag[nameEnd..], out var attributes))
        {
            error = $"Bad attributes in tag \"{name}\"";
            return false;
        }

        var required = name switch
        {
            "a" => "href",
            "tg-emoji" => "emoji-id",
            "span" => "class",
            _ => null,
        };
        if (required is not null && !attributes.ContainsKey(required))
        {
            error = $"Tag \"{name}\" must have attribute \"{required}\"";
            return false;
        }

        if (name == "span" && attributes["class"] != "tg-spoiler")
        {
            error = "Tag \"span\" must have class \"tg-spoiler\"";
            return false;
        }

        if (open.Count > 0 && (open.Peek() == "code" || (open.Peek() == "pre" && name != "code")))
        {
            error = $"Tag \"{name}\" is not allowed inside \"{open.Peek()}\"";
            return false;
        }

        if (name == "a" && open.Contains("a"))
        {
            error = "Nested links are not allowed";
            return false;
        }

        open.Push(name);
        return true;
    }

    private static bool TryParseAttributes(string rest, out Dictionary<string, string> attributes)
    {
        attributes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var i = 0;
        while (true)
        {
            while (i < rest.Length && char.IsWhiteSpace(rest[i]))
            {
                i++;
            }

            if (i == rest.Length)
            {
                return true;
            }

            var nameStart = i;
            while (i < rest.Length && (char.IsAsciiLetterOrDigit(rest[i]) || rest[i] == '-'))
            {
                i++;
            }

            if (i == nameStart)
            {
                return false;
            }

            var name = rest[nameStart..i];
            if (i == rest.Length || rest[i] != '=')
            {
                attributes[name] = string.Empty;
                continue;
            }

            i++;
            string value;
            if (i < rest.Length && rest[i] is '"' or '\'')
            {
                var quote = rest[i];
                var close = rest.IndexOf(quote, i + 1);
                if (close < 0)
                {
                    return false;
                }

                value = rest[(i + 1)..close];
                i = close + 1;
            }
            else
            {
                var start = i;
                while (i < rest.Length && !char.IsWhiteSpace(rest[i]))
                {
                    i++;
                }

                value = rest[start..i];
            }

            var decoded = new StringBuilder();
            for (var j = 0; j < value.Length;)
            {
                if (value[j] == '&')
                {
                    if (!TryDecodeEntity(value, ref j, decoded))
                    {
                        return false;
                    }
                }
                else if (value[j] is '<' or '"')
                {
                    return false;
                }
                else
                {
                    decoded.Append(value[j++]);
                }
            }

            attributes[name] = decoded.ToString();
        }
    }

    private static bool TryDecodeEntity(string html, ref int i, StringBuilder output)
    {
        var end = html.IndexOf(';', i);
        if (end < 0 || end - i > 12)
        {
            return false;
        }

        var entity = html[(i + 1)..end];
        string? decoded = entity switch
        {
            "lt" => "<",
            "gt" => ">",
            "amp" => "&",
            "quot" => "\"",
            _ => null,
        };
        if (decoded is null && entity.StartsWith('#'))
        {
            var isHex = entity.Length > 1 && entity[1] is 'x' or 'X';
            var digits = isHex ? entity[2..] : entity[1..];
            if (int.TryParse(digits, isHex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code) && Rune.IsValid(code))
            {
                decoded = new Rune(code).ToString();
            }
        }

        if (decoded is null)
        {
            return false;
        }

        output.Append(decoded);
        i = end + 1;
        return true;
    }

    private static int ByteOffset(string html, int index) => Encoding.UTF8.GetByteCount(html.AsSpan(0, index));
}
