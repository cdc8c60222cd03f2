namespace MoocBot.Core.Answering;

/// <summary>
/// Splits folded text (see <see cref="TextFolder"/>) into words, numbers and CJK runs. A number
/// takes its thousands separators, decimals and scale word with it, so "979,000,000", "979 million",
/// "979m" and "9.79亿" all read as 979000000, and "97.3 %" as 97.3 percent.
/// </summary>
internal static class Lexer
{
    /// <summary>Lexes <paramref name="text"/> into <paramref name="tokens"/>; returns how many were written (at most its length).</summary>
    public static int Lex(ReadOnlySpan<char> text, Span<LexToken> tokens)
    {
        var count = 0;
        var i = 0;
        while (i < text.Length && count < tokens.Length)
        {
            var c = text[i];
            if (IsDigit(c) || (c == '#' && i + 1 < text.Length && IsDigit(text[i + 1])))
            {
                tokens[count++] = ReadNumber(text, ref i);
            }
            else if (TextFolder.IsCjk(c))
            {
                var start = i;
                while (i < text.Length && TextFolder.IsCjk(text[i]))
                {
                    i++;
                }

                tokens[count++] = new LexToken(LexKind.Cjk, start, i - start, 0, NumberFlags.None);
            }
            else if (c == '@')
            {
                // "@MoocBot", "@someone": a mention names a chat user, not a topic.
                i++;
                while (i < text.Length && (IsLetter(text[i]) || IsDigit(text[i])))
                {
                    i++;
                }
            }
            else if (IsLetter(c))
            {
                var start = i;
                var end = ReadWord(text, ref i);
                tokens[count++] = new LexToken(LexKind.Word, start, end - start, 0, NumberFlags.None);
            }
            else
            {
                i++;
            }
        }

        return count;
    }

    /// <summary>Reads a word; an apostrophe joins ("don't" = "dont") except a possessive "'s", which is dropped.</summary>
    private static int ReadWord(ReadOnlySpan<char> text, ref int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (IsLetter(c))
            {
                i++;
                continue;
            }

            if (c == '\'' && i + 1 < text.Length && IsLetter(text[i + 1]))
            {
                var possessive = text[i + 1] == 's' && (i + 2 >= text.Length || !IsLetter(text[i + 2]));
                if (possessive)
                {
                    var end = i;
                    i += 2;
                    return end;
                }

                // A joining apostrophe is left in the token; the analyzer skips it when it reads the word.
                i++;
                continue;
            }

            break;
        }

        return i;
    }

    private static LexToken ReadNumber(ReadOnlySpan<char> text, ref int i)
    {
        var start = i;
        var flags = NumberFlags.None;
        if (text[i] == '#')
        {
            flags |= NumberFlags.Ordinal;
            i++;
        }

        double value = 0;
        while (i < text.Length)
        {
            if (IsDigit(text[i]))
            {
                value = (value * 10) + (text[i] - '0');
                i++;
            }
            else if (text[i] == ',' && IsThousandsGroup(text, i + 1))
            {
                flags |= NumberFlags.Grouped;
                i++;
            }
            else
            {
                break;
            }
        }

        if (i + 1 < text.Length && text[i] == '.' && IsDigit(text[i + 1]))
        {
            flags |= NumberFlags.Decimal;
            i++;
            var scale = 0.1;
            while (i < text.Length && IsDigit(text[i]))
            {
                value += (text[i] - '0') * scale;
                scale /= 10;
                i++;
            }
        }

        ReadSuffix(text, ref i, ref value, ref flags);
        return new LexToken(LexKind.Number, start, i - start, value, flags);
    }

    private static void ReadSuffix(ReadOnlySpan<char> text, ref int i, ref double value, ref NumberFlags flags)
    {
        var attached = i < text.Length && (IsLetter(text[i]) || text[i] == '%' || TextFolder.IsCjk(text[i]));
        var j = i;
        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        if (j >= text.Length)
        {
            return;
        }

        if (text[j] == '%')
        {
            flags |= NumberFlags.Percent;
            i = j + 1;
            return;
        }

        if (TextFolder.IsCjk(text[j]))
        {
            var multiplier = text[j] switch
            {
                '亿' => 1e8,
                '万' => 1e4,
                '千' => 1e3,
                '百' => 1e2,
                _ => 0,
            };
            if (multiplier > 0)
            {
                value *= multiplier;
                flags |= NumberFlags.Scaled;
                i = j + 1;
            }

            return;
        }

        var wordEnd = j;
        while (wordEnd < text.Length && IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        var word = text[j..wordEnd];
        if (word.IsEmpty)
        {
            return;
        }

        var factor = ScaleOf(word);
        if (factor > 0)
        {
            value *= factor;
            flags |= NumberFlags.Scaled;
            i = wordEnd;
            return;
        }

        if (word is "percent" or "pct" or "percentage")
        {
            flags |= NumberFlags.Percent;
            i = wordEnd;
            return;
        }

        if (word is "per" && text[wordEnd..].StartsWith(" cent", StringComparison.Ordinal))
        {
            flags |= NumberFlags.Percent;
            i = wordEnd + 5;
            return;
        }

        if (attached && word is "st" or "nd" or "rd" or "th")
        {
            flags |= NumberFlags.Ordinal;
            i = wordEnd;
        }
    }

    /// <summary>The multiplier a scale word stands for ("979m", "979 million", "29.2bn").</summary>
    private static double ScaleOf(ReadOnlySpan<char> word) => word switch
    {
        "k" or "thousand" or "thousands" => 1e3,
        "m" or "million" or "millions" or "mn" or "mln" or "mil" or "mio" => 1e6,
        "b" or "billion" or "billions" or "bn" or "bln" => 1e9,
        "trillion" => 1e12,
        _ => 0,
    };

    private static bool IsThousandsGroup(ReadOnlySpan<char> text, int i) =>
        i + 2 < text.Length
        && IsDigit(text[i]) && IsDigit(text[i + 1]) && IsDigit(text[i + 2])
        && (i + 3 >= text.Length || !IsDigit(text[i + 3]));

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>Letters of any script except CJK ideographs.</summary>
    public static bool IsLetter(char c) => c is >= 'a' and <= 'z' || (c >= 0x80 && char.IsLetter(c) && !TextFolder.IsCjk(c));
}
