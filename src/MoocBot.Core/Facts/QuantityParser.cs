using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace MoocBot.Core.Facts;

/// <summary>
/// Reads figures the way articles and people write them: "979 million", "3,272,400", "97.3%",
/// "nearly 100,000", "more than 300", "first", "twelve", "9.79亿", "近10万".
/// Dates ("January 2", "March 2022", "2022-11-30", "2022年11月") are recognised as dates, not counts.
/// Digits and their suffixes are read by <see cref="NumberReader"/>, the reader questions use too.
/// </summary>
public static class QuantityParser
{
    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Cardinals = Lookup(new Dictionary<string, int>
    {
        ["zero"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5, ["six"] = 6,
        ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17,
        ["eighteen"] = 18, ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40,
        ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90,
    });

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Ordinals = Lookup(new Dictionary<string, int>
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6,
        ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10, ["eleventh"] = 11, ["twelfth"] = 12,
        ["twentieth"] = 20,
    });

    private static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Months = Lookup(new Dictionary<string, int>
    {
        ["january"] = 1, ["february"] = 2, ["march"] = 3, ["april"] = 4, ["may"] = 5, ["june"] = 6,
        ["july"] = 7, ["august"] = 8, ["september"] = 9, ["october"] = 10, ["november"] = 11, ["december"] = 12,
        ["jan"] = 1, ["feb"] = 2, ["mar"] = 3, ["apr"] = 4, ["jun"] = 6, ["jul"] = 7, ["aug"] = 8,
        ["sep"] = 9, ["sept"] = 9, ["oct"] = 10, ["nov"] = 11, ["dec"] = 12,
    });

    // Longest first, so "more than" wins over a shorter phrase ending the same way.
    private static readonly (string Phrase, Qualifier Qualifier)[] EnglishQualifiers =
    [
        ("in excess of", Qualifier.MoreThan), ("upwards of", Qualifier.MoreThan), ("more than", Qualifier.MoreThan),
        ("greater than", Qualifier.MoreThan), ("exceeding", Qualifier.MoreThan), ("above", Qualifier.MoreThan),
        ("over", Qualifier.MoreThan),
        ("just under", Qualifier.Nearly), ("close to", Qualifier.Nearly), ("nearly", Qualifier.Nearly),
        ("almost", Qualifier.Nearly),
        ("approximately", Qualifier.About), ("roughly", Qualifier.About), ("around", Qualifier.About),
        ("about", Qualifier.About), ("circa", Qualifier.About),
    ];

    // Chinese qualifiers sit straight before the digits: "近10万", "超过300", "约500".
    private static readonly (string Phrase, Qualifier Qualifier)[] ChineseQualifiers =
    [
        ("将近", Qualifier.Nearly), ("接近", Qualifier.Nearly), ("超过", Qualifier.MoreThan), ("多于", Qualifier.MoreThan),
        ("大约", Qualifier.About), ("近", Qualifier.Nearly), ("逾", Qualifier.MoreThan), ("超", Qualifier.MoreThan),
        ("约", Qualifier.About),
    ];

    /// <summary>
    /// Reads a phrase holding exactly one figure ("nearly 100,000", "979 million", "first in the world").
    /// Words around the figure are allowed; a second number or a date makes it fail.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out Quantity? quantity)
    {
        quantity = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var matches = FindAll(text);
        if (matches.Count != 1 || matches[0].IsDate)
        {
            return false;
        }

        var match = matches[0];
        if (text.AsSpan(0, match.Index).ContainsAnyInRange('0', '9') || text.AsSpan(match.End).ContainsAnyInRange('0', '9'))
        {
            return false;
        }

        quantity = match.Quantity;
        return true;
    }

    /// <summary>Finds every number expression in free text, in order, dates marked <see cref="QuantityMatch.IsDate"/>.</summary>
    public static IReadOnlyList<QuantityMatch> FindAll(string? text)
    {
        var matches = new List<QuantityMatch>();
        if (string.IsNullOrEmpty(text))
        {
            return matches;
        }

        var i = 0;
        var previousEnd = 0;
        while (i < text.Length)
        {
            var c = text[i];
            QuantityMatch? match = null;
            int next;
            if (char.IsAsciiDigit(c) || (IsMinus(c) && i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]) && !IsLetterOrDigitAt(text, i - 1)))
            {
                match = ReadFromDigits(text, i, previousEnd, out next);
            }
            else if (char.IsAsciiLetter(c) && !IsAsciiLetterAt(text, i - 1))
            {
                match = ReadFromWord(text, i, previousEnd, out next);
            }
            else
            {
                next = i + 1;
            }

            if (match is not null)
            {
                matches.Add(match);
                previousEnd = match.End;
                next = Math.Max(next, match.End);
            }

            i = Math.Max(next, i + 1);
        }

        return matches;
    }

    private static QuantityMatch? ReadFromDigits(string text, int start, int previousEnd, out int next)
    {
        // Digits glued to letters on the left are part of a name ("H1N1", "COVID-19", "mp3"), not a figure.
        if (IsAsciiLetterAt(text, start - 1) || (start >= 2 && text[start - 1] == '-' && char.IsAsciiLetter(text[start - 2])))
        {
            next = SkipAlphanumeric(text, start);
            return null;
        }

        var negative = IsMinus(text[start]);
        var p = negative ? start + 1 : start;

        if (!negative && TryReadIsoDate(text, p, out var isoEnd, out var isoYear))
        {
            next = isoEnd;
            return Match(text, start, isoEnd, new Quantity(isoYear), isDate: true);
        }

        var reading = NumberReader.Read(text, p);
        if (reading.Has(NumberNotation.UnknownSuffix))
        {
            // "5G", "3D", "10x": a code or a name, not a figure.
            next = SkipAlphanumeric(text, start);
            return null;
        }

        next = reading.End;
        if (reading.Has(NumberNotation.Overflow))
        {
            return null;
        }

        var value = reading.Value;
        var end = reading.End;
        var isOrdinal = reading.Has(NumberNotation.Ordinal);
        var qualifier = reading.Has(NumberNotation.MoreThan) ? Qualifier.MoreThan : Qualifier.Exact;
        var unit = reading.Has(NumberNotation.Percent) ? Quantity.Percent : null;
        var isPlainInteger = !reading.Has(NumberNotation.Grouped | NumberNotation.Fraction);

        if (!negative && isPlainInteger && end == reading.DigitsEnd && end < text.Length
            && TryReadChineseDate(text, p, reading.DigitsEnd, out var chineseDateEnd, out var chineseDateValue))
        {
            next = chineseDateEnd;
            return Match(text, start, chineseDateEnd, new Quantity(chineseDateValue), isDate: true);
        }

        if (!isOrdinal)
        {
            if (end < text.Length && text[end] == '+' && !IsAsciiDigitAt(text, end + 1))
            {
                qualifier = Qualifier.MoreThan;
                end++;
            }

            if (!negative && !reading.Has(NumberNotation.Scaled | NumberNotation.MoreThan) && unit is null && isPlainInteger && value is >= 1 and <= 31
                && TryReadMonthAfterDay(text, end, out var dayDateEnd, out var dayDateYear))
            {
                next = dayDateEnd;
                return Match(text, start, dayDateEnd, new Quantity(dayDateYear ?? value), isDate: true);
            }
        }
        else if (value is >= 1 and <= 31 && TryReadMonthAfterDay(text, end, out var ordinalDateEnd, out var ordinalDateYear))
        {
            next = ordinalDateEnd;
            return Match(text, start, ordinalDateEnd, new Quantity(ordinalDateYear ?? value), isDate: true);
        }

        if (negative)
        {
            value = -value;
        }

        var matchStart = start;
        if (qualifier == Qualifier.Exact)
        {
            (matchStart, qualifier) = ReadQualifierBefore(text, start, previousEnd);
        }

        next = end;
        return Match(text, matchStart, end, new Quantity(value, qualifier, unit), isOrdinal: isOrdinal);
    }

    private static QuantityMatch? ReadFromWord(string text, int start, int previousEnd, out int next)
    {
        var wordEnd = SkipLetters(text, start);
        next = wordEnd;
        var word = text.AsSpan(start, wordEnd - start);

        if (Months.TryGetValue(word, out _) && IsMonthSpelling(word))
        {
            return TryReadDateAfterMonth(text, wordEnd, out var dateEnd, out var dateValue)
                ? Match(text, start, dateEnd, new Quantity(dateValue), isDate: true)
                : null;
        }

        decimal value;
        var end = wordEnd;
        if (Ordinals.TryGetValue(word, out var position))
        {
            if (TryReadMonthAfterDay(text, end, out var ordinalDateEnd, out var ordinalDateYear))
            {
                next = ordinalDateEnd;
                return Match(text, start, ordinalDateEnd, new Quantity(ordinalDateYear ?? position), isDate: true);
            }

            return Match(text, start, end, new Quantity(position), isOrdinal: true);
        }

        if (Cardinals.TryGetValue(word, out var cardinal))
        {
            value = cardinal;
            if (cardinal >= 20 && cardinal % 10 == 0 && end + 1 < text.Length && text[end] == '-' && char.IsAsciiLetter(text[end + 1]))
            {
                var unitEnd = SkipLetters(text, end + 1);
                if (Cardinals.TryGetValue(text.AsSpan(end + 1, unitEnd - end - 1), out var units) && units is >= 1 and <= 9)
                {
                    value += units;
                    end = unitEnd;
                }
            }
        }
        else if (word.Equals("a", StringComparison.OrdinalIgnoreCase) || word.Equals("an", StringComparison.OrdinalIgnoreCase))
        {
            // "a million", "a thousand": only with a scale word after it.
            if (!NumberReader.IsScaleOrPercentNext(text, end) || NumberReader.ReadPercent(text, end) > end)
            {
                return null;
            }

            value = 1;
        }
        else
        {
            return null;
        }

        var notation = NumberNotation.None;
        end = NumberReader.ReadScaleWords(text, end, ref value, ref notation);
        if ((notation & NumberNotation.Overflow) != 0)
        {
            next = end;
            return null;
        }

        var percentEnd = NumberReader.ReadPercent(text, end);
        var unit = percentEnd > end ? Quantity.Percent : null;
        end = percentEnd;
        var (matchStart, qualifier) = ReadQualifierBefore(text, start, previousEnd);
        next = end;
        return Match(text, matchStart, end, new Quantity(value, qualifier, unit));
    }

    // "2022-11-30" or "2022-11": a four-digit year, a month 01-12 and an optional day 01-31.
    private static bool TryReadIsoDate(string text, int p, out int end, out decimal year)
    {
        end = p;
        year = 0;
        if (!IsDigitRun(text, p, 4) || IsAsciiDigitAt(text, p + 4) || !CharAt(text, p + 4, '-') || !IsDigitRun(text, p + 5, 2) || IsAsciiDigitAt(text, p + 7))
        {
            return false;
        }

        var month = TwoDigits(text, p + 5);
        if (month is < 1 or > 12)
        {
            return false;
        }

        end = p + 7;
        if (CharAt(text, p + 7, '-') && IsDigitRun(text, p + 8, 2) && !IsAsciiDigitAt(text, p + 10))
        {
            var day = TwoDigits(text, p + 8);
            if (day is < 1 or > 31)
            {
                return false;
            }

            end = p + 10;
        }

        if (IsAsciiLetterAt(text, end))
        {
            return false;
        }

        year = int.Parse(text.AsSpan(p, 4), CultureInfo.InvariantCulture);
        return true;
    }

    // "2022年11月", "2022年11月30日", "11月30日", "30日".
    private static bool TryReadChineseDate(string text, int p, int digitsEnd, out int end, out decimal value)
    {
        end = digitsEnd;
        value = 0;
        var number = digitsEnd - p <= 4 ? int.Parse(text.AsSpan(p, digitsEnd - p), CultureInfo.InvariantCulture) : -1;
        var marker = text[digitsEnd];
        if (marker == '年' && digitsEnd - p == 4)
        {
            var monthEnd = SkipDigits(text, digitsEnd + 1);
            if (monthEnd - digitsEnd - 1 is < 1 or > 2 || !CharAt(text, monthEnd, '月'))
            {
                return false;
            }

            end = ReadChineseDay(text, monthEnd + 1);
            value = number;
            return true;
        }

        if (marker == '月' && number is >= 1 and <= 12)
        {
            var dayEnd = ReadChineseDay(text, digitsEnd + 1);
            end = dayEnd;
            value = dayEnd > digitsEnd + 1 ? int.Parse(text.AsSpan(digitsEnd + 1, dayEnd - digitsEnd - 2), CultureInfo.InvariantCulture) : number;
            return true;
        }

        if (marker == '日' && number is >= 1 and <= 31)
        {
            end = digitsEnd + 1;
            value = number;
            return true;
        }

        return false;
    }

    private static int ReadChineseDay(string text, int p)
    {
        var dayEnd = SkipDigits(text, p);
        return dayEnd - p is 1 or 2 && CharAt(text, dayEnd, '日') ? dayEnd + 1 : p;
    }

    // "January 2", "January 2, 2023", "Jan. 2nd", "March 2022".
    private static bool TryReadDateAfterMonth(string text, int wordEnd, out int end, out decimal value)
    {
        end = wordEnd;
        value = 0;
        var p = CharAt(text, wordEnd, '.') ? wordEnd + 1 : wordEnd;
        var digitsStart = SkipSpaces(text, p);
        if (CharAt(text, digitsStart, ',') && digitsStart == p)
        {
            digitsStart = SkipSpaces(text, digitsStart + 1);
        }

        if (digitsStart == wordEnd || !IsAsciiDigitAt(text, digitsStart))
        {
            return false;
        }

        var digitsEnd = SkipDigits(text, digitsStart);
        var length = digitsEnd - digitsStart;
        if (CharAt(text, digitsEnd, ',') && IsDigitRun(text, digitsEnd + 1, 3) || CharAt(text, digitsEnd, '.') && IsAsciiDigitAt(text, digitsEnd + 1))
        {
            return false;
        }

        if (length == 4 && !IsAsciiLetterAt(text, digitsEnd))
        {
            end = digitsEnd;
            value = int.Parse(text.AsSpan(digitsStart, 4), CultureInfo.InvariantCulture);
            return true;
        }

        if (length > 2)
        {
            return false;
        }

        var day = int.Parse(text.AsSpan(digitsStart, length), CultureInfo.InvariantCulture);
        if (day is < 1 or > 31)
        {
            return false;
        }

        end = digitsEnd;
        if (IsAsciiLetterAt(text, end))
        {
            var suffixEnd = SkipLetters(text, end);
            if (!NumberReader.IsOrdinalSuffix(text.AsSpan(end, suffixEnd - end)))
            {
                return false;
            }

            end = suffixEnd;
        }

        if (NumberReader.IsScaleOrPercentNext(text, end))
        {
            return false;
        }

        value = day;
        var yearStart = SkipSpaces(text, CharAt(text, end, ',') ? end + 1 : end);
        if (yearStart > end && IsDigitRun(text, yearStart, 4) && !IsAsciiDigitAt(text, yearStart + 4) && !IsAsciiLetterAt(text, yearStart + 4)
            && !(CharAt(text, yearStart + 4, ',') && IsDigitRun(text, yearStart + 5, 3)))
        {
            end = yearStart + 4;
            value = int.Parse(text.AsSpan(yearStart, 4), CultureInfo.InvariantCulture);
        }

        return true;
    }

    // After a day number: " January", " of January", " Jan 2023".
    private static bool TryReadMonthAfterDay(string text, int dayEnd, out int end, out decimal? year)
    {
        end = dayEnd;
        year = null;
        var p = SkipSpaces(text, dayEnd);
        if (p == dayEnd || !IsAsciiLetterAt(text, p))
        {
            return false;
        }

        var wordEnd = SkipLetters(text, p);
        if (text.AsSpan(p, wordEnd - p).Equals("of", StringComparison.OrdinalIgnoreCase))
        {
            var monthStart = SkipSpaces(text, wordEnd);
            if (monthStart == wordEnd)
            {
                return false;
            }

            p = monthStart;
            wordEnd = SkipLetters(text, p);
        }

        var month = text.AsSpan(p, wordEnd - p);
        if (!Months.TryGetValue(month, out _) || !IsMonthSpelling(month))
        {
            return false;
        }

        end = CharAt(text, wordEnd, '.') && month.Length <= 4 ? wordEnd + 1 : wordEnd;
        var yearStart = SkipSpaces(text, CharAt(text, end, ',') ? end + 1 : end);
        if (yearStart > end && IsDigitRun(text, yearStart, 4) && !IsAsciiDigitAt(text, yearStart + 4) && !IsAsciiLetterAt(text, yearStart + 4)
            && !(CharAt(text, yearStart + 4, ',') && IsDigitRun(text, yearStart + 5, 3)))
        {
            year = int.Parse(text.AsSpan(yearStart, 4), CultureInfo.InvariantCulture);
            end = yearStart + 4;
        }

        return true;
    }

    // Full month names in any case; "May" and the short forms only capitalised, so "may" and "mar" stay words.
    private static bool IsMonthSpelling(ReadOnlySpan<char> word) =>
        (word.Length > 4 || word.Equals("june", StringComparison.OrdinalIgnoreCase) || word.Equals("july", StringComparison.OrdinalIgnoreCase))
        || char.IsAsciiLetterUpper(word[0]);

    private static (int Start, Qualifier Qualifier) ReadQualifierBefore(string text, int start, int previousEnd)
    {
        foreach (var (phrase, qualifier) in ChineseQualifiers)
        {
            var phraseStart = start - phrase.Length;
            if (phraseStart >= previousEnd && text.AsSpan(phraseStart, phrase.Length).SequenceEqual(phrase)
                && !(phrase == "近" && phraseStart > 0 && text[phraseStart - 1] is '最' or '附'))
            {
                return (phraseStart, qualifier);
            }
        }

        if (start > previousEnd && text[start - 1] == '~')
        {
            return (start - 1, Qualifier.About);
        }

        var wordsEnd = start;
        while (wordsEnd > previousEnd && IsSpace(text[wordsEnd - 1]))
        {
            wordsEnd--;
        }

        if (wordsEnd == start)
        {
            return (start, Qualifier.Exact);
        }

        foreach (var (phrase, qualifier) in EnglishQualifiers)
        {
            var phraseStart = wordsEnd - phrase.Length;
            if (phraseStart >= previousEnd && text.AsSpan(phraseStart, phrase.Length).Equals(phrase, StringComparison.OrdinalIgnoreCase)
                && !IsAsciiLetterAt(text, phraseStart - 1))
            {
                return (phraseStart, qualifier);
            }
        }

        return (start, Qualifier.Exact);
    }

    private static QuantityMatch Match(string text, int start, int end, Quantity quantity, bool isDate = false, bool isOrdinal = false) =>
        new(start, end - start, text[start..end], quantity with { Value = Normalize(quantity.Value) }, isDate, isOrdinal);

    // Drops trailing zeros that scaling leaves behind: 1.714 × 1,000,000 is 1714000, not 1714000.000.
    private static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    private static int TwoDigits(string text, int p) => ((text[p] - '0') * 10) + (text[p + 1] - '0');

    private static bool IsDigitRun(string text, int p, int count)
    {
        if (p < 0 || p + count > text.Length)
        {
            return false;
        }

        for (var k = p; k < p + count; k++)
        {
            if (!char.IsAsciiDigit(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    private static int SkipDigits(string text, int p)
    {
        while (p < text.Length && char.IsAsciiDigit(text[p]))
        {
            p++;
        }

        return p;
    }

    private static int SkipLetters(string text, int p)
    {
        while (p < text.Length && char.IsAsciiLetter(text[p]))
        {
            p++;
        }

        return p;
    }

    private static int SkipAlphanumeric(string text, int p)
    {
        while (p < text.Length && (char.IsAsciiLetterOrDigit(text[p]) || IsMinus(text[p]) || (text[p] is '.' or ',' && IsAsciiDigitAt(text, p + 1))))
        {
            p++;
        }

        return p;
    }

    private static int SkipSpaces(string text, int p)
    {
        while (p < text.Length && IsSpace(text[p]))
        {
            p++;
        }

        return p;
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\u00A0' or '\u2009' or '\u202F';

    private static bool IsMinus(char c) => c is '-' or '\u2212';

    private static bool CharAt(string text, int p, char c) => p >= 0 && p < text.Length && text[p] == c;

    private static bool IsAsciiDigitAt(string text, int p) => p >= 0 && p < text.Length && char.IsAsciiDigit(text[p]);

    private static bool IsAsciiLetterAt(string text, int p) => p >= 0 && p < text.Length && char.IsAsciiLetter(text[p]);

    private static bool IsLetterOrDigitAt(string text, int p) => p >= 0 && p < text.Length && char.IsLetterOrDigit(text[p]);

    private static FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> Lookup<T>(Dictionary<string, T> entries) =>
        entries.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
}
