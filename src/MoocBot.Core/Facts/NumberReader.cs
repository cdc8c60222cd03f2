using System.Collections.Frozen;
using System.Globalization;

namespace MoocBot.Core.Facts;

/// <summary>
/// The one reader of written numbers, for questions (the lexer) and articles (<see cref="QuantityParser"/>):
/// digits with thousands separators and decimals, then the suffixes of <see cref="Suffixes"/>, so "979,000,000",
/// "979 million", "979m", "9.79亿" and "97900万" all read as 979000000, and "97.3 %" as 97.3 percent.
/// What surrounds a number (dates, qualifiers, a minus sign, "#1") is left to the caller.
/// </summary>
internal static class NumberReader
{
    private const decimal Percent = 1m;

    /// <summary>Every suffix a number may carry, scale words first; matching ignores case.</summary>
    public static IReadOnlyList<NumberSuffix> Suffixes { get; } =
    [
        new("hundred", 1e2m), new("hundreds", 1e2m),
        new("thousand", 1e3m), new("thousands", 1e3m), new("k", 1e3m, GluedOnly: true),
        new("million", 1e6m), new("millions", 1e6m), new("mn", 1e6m), new("mln", 1e6m), new("mil", 1e6m), new("mio", 1e6m),
        new("m", 1e6m, GluedOnly: true),
        new("billion", 1e9m), new("billions", 1e9m), new("bn", 1e9m), new("bln", 1e9m), new("b", 1e9m, GluedOnly: true),
        new("trillion", 1e12m), new("trillions", 1e12m),
        new("百", 1e2m), new("千", 1e3m), new("万", 1e4m), new("萬", 1e4m), new("亿", 1e8m), new("億", 1e8m),
        new("%", Percent, IsPercent: true), new("％", Percent, IsPercent: true), new("percent", Percent, IsPercent: true),
        new("per cent", Percent, IsPercent: true), new("pct", Percent, IsPercent: true), new("percentage", Percent, IsPercent: true),
    ];

    private static readonly FrozenDictionary<string, NumberSuffix>.AlternateLookup<ReadOnlySpan<char>> ScaleWords = Suffixes
        .Where(s => !s.IsPercent && char.IsAsciiLetter(s.Text[0]))
        .ToFrozenDictionary(s => s.Text, StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly FrozenDictionary<char, decimal> ScaleCharacters = Suffixes
        .Where(s => !s.IsPercent && !char.IsAsciiLetter(s.Text[0]))
        .ToFrozenDictionary(s => s.Text[0], s => s.Multiplier);

    private static readonly string[] PercentSuffixes = [.. Suffixes.Where(s => s.IsPercent).Select(s => s.Text).OrderByDescending(t => t.Length)];

    /// <summary>Reads the number whose first digit is at <paramref name="start"/>.</summary>
    public static NumberReading Read(ReadOnlySpan<char> text, int start)
    {
        var notation = NumberNotation.None;
        var q = SkipDigits(text, start);
        if (q - start <= 3)
        {
            while (q + 4 <= text.Length && text[q] == ',' && IsDigitRun(text[(q + 1)..(q + 4)]) && !IsDigitAt(text, q + 4))
            {
                q += 4;
                notation |= NumberNotation.Grouped;
            }
        }

        if (q + 1 < text.Length && text[q] == '.' && char.IsAsciiDigit(text[q + 1]))
        {
            q = SkipDigits(text, q + 1);
            notation |= NumberNotation.Fraction;
        }

        var digitsEnd = q;
        if (!TryParseDigits(text[start..digitsEnd], out var value))
        {
            return new NumberReading(0, digitsEnd, digitsEnd, notation | NumberNotation.Overflow);
        }

        var end = digitsEnd;
        if (IsAsciiLetterAt(text, end))
        {
            var letterEnd = SkipLetters(text, end);
            var letters = text[end..letterEnd];
            if (!IsDigitAt(text, letterEnd) && (notation & NumberNotation.Fraction) == 0 && IsOrdinalSuffix(letters))
            {
                return new NumberReading(value, digitsEnd, letterEnd, notation | NumberNotation.Ordinal);
            }

            if (IsDigitAt(text, letterEnd) || !(ScaleWords.TryGetValue(letters, out _) || IsPercentAt(text, end, out _)))
            {
                return new NumberReading(value, digitsEnd, digitsEnd, notation | NumberNotation.UnknownSuffix);
            }
        }

        end = ReadScaleCharacters(text, end, ref value, ref notation);
        end = ReadScaleWords(text, end, ref value, ref notation, glued: end == digitsEnd);
        if ((notation & NumberNotation.Overflow) != 0)
        {
            return new NumberReading(0, digitsEnd, end, notation);
        }

        var percentEnd = ReadPercent(text, end);
        if (percentEnd > end)
        {
            notation |= NumberNotation.Percent;
        }

        return new NumberReading(value, digitsEnd, percentEnd, notation);
    }

    /// <summary>
    /// Reads scale words after <paramref name="p"/> ("thousand", "million", "hundred thousand"), each after a space
    /// or, when <paramref name="glued"/>, the first straight at <paramref name="p"/>; returns where they end.
    /// </summary>
    public static int ReadScaleWords(ReadOnlySpan<char> text, int p, ref decimal value, ref NumberNotation notation, bool glued = false)
    {
        var end = p;
        while (true)
        {
            var wordStart = SkipSpaces(text, end);
            var attached = wordStart == end && glued && end == p;
            if ((wordStart == end && !attached) || !IsAsciiLetterAt(text, wordStart))
            {
                return end;
            }

            var wordEnd = SkipLetters(text, wordStart);
            if (!ScaleWords.TryGetValue(text[wordStart..wordEnd], out var scale) || (scale.GluedOnly && !attached))
            {
                return end;
            }

            if (!TryMultiply(ref value, scale.Multiplier))
            {
                notation |= NumberNotation.Overflow;
                return wordEnd;
            }

            notation |= NumberNotation.Scaled;
            end = wordEnd;
        }
    }

    /// <summary>Where a percent suffix after <paramref name="p"/> ("%", " percent", " per cent") ends; <paramref name="p"/> when there is none.</summary>
    public static int ReadPercent(ReadOnlySpan<char> text, int p) => IsPercentAt(text, SkipSpaces(text, p), out var end) ? end : p;

    /// <summary>True when a scale word or a percent suffix follows <paramref name="p"/> after a space ("2 million", "2 %").</summary>
    public static bool IsScaleOrPercentNext(ReadOnlySpan<char> text, int p)
    {
        var value = 1m;
        var notation = NumberNotation.None;
        return ReadScaleWords(text, p, ref value, ref notation) > p || ReadPercent(text, p) > p;
    }

    /// <summary>"st", "nd", "rd" or "th", in any case.</summary>
    public static bool IsOrdinalSuffix(ReadOnlySpan<char> suffix) =>
        suffix.Equals("st", StringComparison.OrdinalIgnoreCase) || suffix.Equals("nd", StringComparison.OrdinalIgnoreCase)
        || suffix.Equals("rd", StringComparison.OrdinalIgnoreCase) || suffix.Equals("th", StringComparison.OrdinalIgnoreCase);

    /// <summary>Spaces a number and its suffix may have between them.</summary>
    public static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u2009' or '\u202F';

    // 万 = 10^4, 亿 = 10^8, chained ("1000万", "万亿"); 多/余 after the digits or the scale mean "more than", but 多少 asks "how many".
    private static int ReadScaleCharacters(ReadOnlySpan<char> text, int p, ref decimal value, ref NumberNotation notation)
    {
        var start = SkipSpaces(text, p);
        var end = start;
        while (end < text.Length)
        {
            var c = text[end];
            if (ScaleCharacters.TryGetValue(c, out var scale))
            {
                if (!TryMultiply(ref value, scale))
                {
                    notation |= NumberNotation.Overflow;
                    return end + 1;
                }

                notation |= NumberNotation.Scaled;
            }
            else if (c is '多' or '余' && !(c == '多' && end + 1 < text.Length && text[end + 1] == '少'))
            {
                notation |= NumberNotation.MoreThan;
            }
            else
            {
                break;
            }

            end++;
        }

        return end > start ? end : p;
    }

    private static bool IsPercentAt(ReadOnlySpan<char> text, int p, out int end)
    {
        end = p;
        var rest = text[p..];
        foreach (var suffix in PercentSuffixes)
        {
            if (MatchesPhrase(rest, suffix, out var length) && !(char.IsAsciiLetter(suffix[^1]) && IsAsciiLetterAt(text, p + length)))
            {
                end = p + length;
                return true;
            }
        }

        return false;
    }

    // A phrase's single space matches any run of spaces: "per  cent".
    private static bool MatchesPhrase(ReadOnlySpan<char> text, string phrase, out int length)
    {
        var i = 0;
        foreach (var c in phrase)
        {
            if (c == ' ')
            {
                var spaces = SkipSpaces(text, i);
                if (spaces == i)
                {
                    length = 0;
                    return false;
                }

                i = spaces;
            }
            else if (i < text.Length && char.ToLowerInvariant(text[i]) == c)
            {
                i++;
            }
            else
            {
                length = 0;
                return false;
            }
        }

        length = i;
        return true;
    }

    private static bool TryParseDigits(ReadOnlySpan<char> digits, out decimal value)
    {
        Span<char> buffer = digits.Length <= 128 ? stackalloc char[digits.Length] : new char[digits.Length];
        var length = 0;
        foreach (var c in digits)
        {
            if (c != ',')
            {
                buffer[length++] = c;
            }
        }

        return decimal.TryParse(buffer[..length], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    private static bool TryMultiply(ref decimal value, decimal scale)
    {
        try
        {
            value *= scale;
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static bool IsDigitRun(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipDigits(ReadOnlySpan<char> text, int p)
    {
        while (p < text.Length && char.IsAsciiDigit(text[p]))
        {
            p++;
        }

        return p;
    }

    private static int SkipLetters(ReadOnlySpan<char> text, int p)
    {
        while (p < text.Length && char.IsAsciiLetter(text[p]))
        {
            p++;
        }

        return p;
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int p)
    {
        while (p < text.Length && IsSpace(text[p]))
        {
            p++;
        }

        return p;
    }

    private static bool IsDigitAt(ReadOnlySpan<char> text, int p) => p >= 0 && p < text.Length && char.IsAsciiDigit(text[p]);

    private static bool IsAsciiLetterAt(ReadOnlySpan<char> text, int p) => p >= 0 && p < text.Length && char.IsAsciiLetter(text[p]);
}
