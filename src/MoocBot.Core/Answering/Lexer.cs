using MoocBot.Core.Facts;

namespace MoocBot.Core.Answering;

/// <summary>
/// Splits folded text (see <see cref="TextFolder"/>) into words, numbers and CJK runs. A number is read
/// by <see cref="NumberReader"/>, the reader articles use too, so "979,000,000", "979 million", "979m"
/// and "9.79亿" all read as 979000000, and "97.3 %" as 97.3 percent.
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

        var reading = NumberReader.Read(text, i);
        i = reading.End;
        flags |= FlagsOf(reading);

        // A number too large for a decimal matches no figure; it still reads as one number.
        var value = reading.Has(NumberNotation.Overflow) ? double.PositiveInfinity : (double)reading.Value;
        return new LexToken(LexKind.Number, start, i - start, value, flags);
    }

    private static NumberFlags FlagsOf(NumberReading reading) =>
        (reading.Has(NumberNotation.Percent) ? NumberFlags.Percent : NumberFlags.None)
        | (reading.Has(NumberNotation.Scaled) ? NumberFlags.Scaled : NumberFlags.None)
        | (reading.Has(NumberNotation.Grouped) ? NumberFlags.Grouped : NumberFlags.None)
        | (reading.Has(NumberNotation.Fraction) ? NumberFlags.Decimal : NumberFlags.None)
        | (reading.Has(NumberNotation.Ordinal) ? NumberFlags.Ordinal : NumberFlags.None);

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    /// <summary>Letters of any script except CJK ideographs.</summary>
    public static bool IsLetter(char c) => c is >= 'a' and <= 'z' || (c >= 0x80 && char.IsLetter(c) && !TextFolder.IsCjk(c));
}
