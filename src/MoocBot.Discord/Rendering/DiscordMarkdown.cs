using System.Globalization;
using System.Text;

namespace MoocBot.Discord.Rendering;

/// <summary>Escaping and safe truncation for Discord's markdown.</summary>
internal static class DiscordMarkdown
{
    private const string Ellipsis = "…";

    /// <summary>
    /// Escapes every character Discord's markdown gives a meaning to, so text from a fact or a user shows as written:
    /// no formatting, no masked links, no &lt;@id&gt; mentions, no headings or lists at the start of a line.
    /// </summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 8);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or '*' or '_' or '~' or '`' or '|' or '[' or ']' or '<' or '>' or '@':
                    builder.Append('\\').Append(c);
                    break;
                case '#' or '-' or '+' when lineStart:
                    builder.Append('\\').Append(c);
                    break;
                case '.' when IsOrderedListMarker(text, i):
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }

            lineStart = c == '\n' || (lineStart && c == ' ');
        }

        return builder.ToString();
    }

    /// <summary>Text for inline code: backticks cannot be escaped inside a code span, so they become look-alikes.</summary>
    public static string Code(string text) =>
        "`" + text.Replace('`', 'ˋ').Replace('\n', ' ') + "`";

    /// <summary>
    /// Cuts <paramref name="text"/> to at most <paramref name="max"/> UTF-16 units (never more than Discord counts),
    /// on a character boundary, without leaving a dangling escape, and marks the cut with an ellipsis.
    /// </summary>
    public static string Truncate(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        if (max <= Ellipsis.Length)
        {
            return Ellipsis[..Math.Max(0, max)];
        }

        var cut = max - Ellipsis.Length;
        if (char.IsHighSurrogate(text[cut - 1]))
        {
            cut--;
        }

        // An odd run of backslashes at the end would escape the ellipsis and leave a stray backslash.
        var backslashes = 0;
        while (backslashes < cut && text[cut - 1 - backslashes] == '\\')
        {
            backslashes++;
        }

        if (backslashes % 2 == 1)
        {
            cut--;
        }

        return text[..cut].TrimEnd() + Ellipsis;
    }

    private static bool IsOrderedListMarker(string text, int dot)
    {
        // "1. text" at the start of a line becomes a numbered list; "2020." in a sentence does not.
        var start = dot;
        while (start > 0 && char.IsAsciiDigit(text[start - 1]))
        {
            start--;
        }

        if (start == dot || (start > 0 && text[start - 1] != '\n'))
        {
            return false;
        }

        return dot + 1 < text.Length && text[dot + 1] == ' ' && int.TryParse(text.AsSpan(start, dot - start), NumberStyles.None, CultureInfo.InvariantCulture, out _);
    }
}
