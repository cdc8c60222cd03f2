using System.Text;
using System.Text.RegularExpressions;

namespace MoocBot.Core.Diagnostics;

/// <summary>How an unanswered question is kept: without mentions (they carry user and channel ids), cut to length, and normalized for grouping.</summary>
internal static partial class QuestionText
{
    public const string Someone = "@someone";

    /// <summary>Replaces Discord mentions (&lt;@123&gt;, &lt;@!123&gt;, &lt;@&amp;123&gt;, &lt;#123&gt;) and Telegram @usernames.</summary>
    public static string Scrub(string text) => Mentions().Replace(text, Someone);

    /// <summary>Cuts <paramref name="text"/> to at most <paramref name="maxLength"/> characters without splitting a surrogate pair.</summary>
    public static string Truncate(string text, int maxLength)
    {
        if (text.Length <= maxLength)
        {
            return text;
        }

        var cut = char.IsHighSurrogate(text[maxLength - 1]) ? maxLength - 1 : maxLength;
        return text[..cut].TrimEnd();
    }

    /// <summary>
    /// Lower case; letters, digits and % kept; apostrophes dropped ("what's" → "whats"); a '.' or ',' between
    /// digits kept (97.3, 62,000); everything else folded into single spaces.
    /// </summary>
    public static string Normalize(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\'' or '’' or 'ʼ')
            {
                continue;
            }

            var keep = char.IsLetterOrDigit(c) || c == '%' || char.IsSurrogate(c)
                || (c is '.' or ',' && i > 0 && i + 1 < text.Length && char.IsAsciiDigit(text[i - 1]) && char.IsAsciiDigit(text[i + 1]));
            if (!keep)
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"<(?:@[!&]?|#)\d+>|(?<![\w.@])@[A-Za-z0-9_]{3,}", RegexOptions.CultureInvariant)]
    private static partial Regex Mentions();
}
