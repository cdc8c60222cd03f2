namespace MoocBot.Core.Answering;

/// <summary>
/// Folds text to the form the lexer reads: lower case, Unicode compatibility forms (full-width
/// letters and digits, ligatures, mathematical letters, odd spaces and quotes) replaced by their
/// plain equivalents, traditional Chinese characters by their simplified forms, invisible and
/// control characters dropped, other punctuation turned into spaces. The build is globalization-invariant, where <see cref="string.Normalize()"/> leaves text
/// untouched, so the NFKC mappings that matter for questions are done here.
/// </summary>
internal static class TextFolder
{
    /// <summary>The most characters folding can write for one input character (a three-letter ligature).</summary>
    public const int MaxExpansion = 3;

    /// <summary>Folds <paramref name="input"/> into <paramref name="output"/> and returns the length written.</summary>
    /// <remarks><paramref name="output"/> must hold <c>input.Length * MaxExpansion</c> characters.</remarks>
    public static int Fold(ReadOnlySpan<char> input, Span<char> output)
    {
        var n = 0;
        for (var i = 0; i < input.Length; i++)
        {
            var c = input[i];
            if (c < 0x80)
            {
                output[n++] = FoldAscii(c);
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < input.Length && char.IsLowSurrogate(input[i + 1]))
            {
                output[n++] = FoldSupplementary(char.ConvertToUtf32(c, input[i + 1]));
                i++;
                continue;
            }

            n += FoldBmp(c, output[n..]);
        }

        return n;
    }

    private static char FoldAscii(char c) => c switch
    {
        >= 'A' and <= 'Z' => (char)(c + 32),
        >= 'a' and <= 'z' or >= '0' and <= '9' => c,
        '.' or ',' or '%' or '\'' or '#' or '-' or '@' => c,
        _ => ' ',
    };

    private static int FoldBmp(char c, Span<char> output)
    {
        switch (c)
        {
            case >= '\uFF01' and <= '\uFF5E':
                // Full-width ASCII: the compatibility form of the ASCII character 0xFEE0 below.
                output[0] = FoldAscii((char)(c - 0xFEE0));
                return 1;
            case '\u3000' or '\u00A0' or (>= '\u2000' and <= '\u200A') or '\u202F' or '\u205F' or '\u3001' or '\u3002':
                output[0] = ' ';
                return 1;
            case (>= '\u200B' and <= '\u200F') or (>= '\u202A' and <= '\u202E') or (>= '\u2060' and <= '\u2069') or '\uFEFF' or '\u00AD':
                return 0;
            case '\u2018' or '\u2019' or '\u201B' or '\u2032' or '\u02BC' or '\uFF07':
                output[0] = '\'';
                return 1;
            case (>= '\u2010' and <= '\u2015') or '\u2212':
                output[0] = '-';
                return 1;
            case '\u00B9':
                output[0] = '1';
                return 1;
            case '\u00B2':
                output[0] = '2';
                return 1;
            case '\u00B3':
                output[0] = '3';
                return 1;
            case '\u066A' or '\uFE6A':
                output[0] = '%';
                return 1;
            case >= '\uFB00' and <= '\uFB06':
                return WriteLigature(c, output);
        }

        if (IsCjk(c))
        {
            output[0] = TraditionalChinese.Simplify(c);
            return 1;
        }

        if (char.IsLetter(c))
        {
            output[0] = char.ToLowerInvariant(c);
            return 1;
        }

        if (char.IsDigit(c))
        {
            var digit = (int)char.GetNumericValue(c);
            output[0] = digit is >= 0 and <= 9 ? (char)('0' + digit) : ' ';
            return 1;
        }

        output[0] = ' ';
        return 1;
    }

    private static int WriteLigature(char c, Span<char> output)
    {
        var text = c switch
        {
            '\uFB00' => "ff",
            '\uFB01' => "fi",
            '\uFB02' => "fl",
            '\uFB03' => "ffi",
            '\uFB04' => "ffl",
            _ => "st",
        };
        text.AsSpan().CopyTo(output);
        return text.Length;
    }

    private static char FoldSupplementary(int codePoint)
    {
        // Mathematical alphanumeric symbols (bold, italic, script, ... letters and digits).
        if (codePoint is >= 0x1D400 and <= 0x1D6A3)
        {
            var index = (codePoint - 0x1D400) % 52;
            return (char)(index < 26 ? 'a' + index : 'a' + index - 26);
        }

        if (codePoint is >= 0x1D7CE and <= 0x1D7FF)
        {
            return (char)('0' + ((codePoint - 0x1D7CE) % 10));
        }

        // Emoji and the rest carry no words.
        return ' ';
    }

    /// <summary>True for CJK ideographs, which the lexer reads as phrases rather than words.</summary>
    public static bool IsCjk(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');
}
