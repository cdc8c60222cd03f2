namespace MoocBot.Core.Answering;

/// <summary>
/// A light English stemmer (plural, -ed, -ing, -ize/-ise, final e) in the spirit of Porter's first
/// step. It need not produce words, only the same stem for the forms people use interchangeably:
/// "universities"/"university", "registered"/"register", "studying"/"studied"/"study",
/// "recognized"/"recognised"/"recognise", "courses"/"course".
/// </summary>
internal static class EnglishStemmer
{
    /// <summary>The longest word stemmed; longer words are cut (no real word is this long).</summary>
    public const int MaxWordLength = 48;

    /// <summary>Writes the stem of <paramref name="word"/> into <paramref name="stem"/> (at least <see cref="MaxWordLength"/> long) and returns its length.</summary>
    public static int Stem(ReadOnlySpan<char> word, Span<char> stem)
    {
        var n = 0;
        foreach (var c in word)
        {
            if (c != '\'' && n < MaxWordLength)
            {
                stem[n++] = c;
            }
        }

        if (n <= 3 || !IsAsciiWord(stem[..n]))
        {
            return n;
        }

        n = StripPlural(stem, n);
        n = StripVerbEnding(stem, n);
        ReplaceIz(stem[..n]);
        if (n > 3 && stem[n - 1] == 'e')
        {
            n--;
        }

        return n;
    }

    /// <summary>Stems a whole word into a new string (for building the index, not the hot path).</summary>
    public static string Stem(string word)
    {
        Span<char> buffer = stackalloc char[MaxWordLength];
        var length = Stem(word, buffer);
        return new string(buffer[..length]);
    }

    private static int StripPlural(Span<char> s, int n)
    {
        var word = s[..n];
        if (word.EndsWith("sses"))
        {
            return n - 2;
        }

        if (word.EndsWith("ies") && n > 4)
        {
            s[n - 3] = 'y';
            return n - 2;
        }

        if (word.EndsWith("ss") || word.EndsWith("us") || word.EndsWith("is"))
        {
            return n;
        }

        return word[n - 1] == 's' ? n - 1 : n;
    }

    private static int StripVerbEnding(Span<char> s, int n)
    {
        var word = s[..n];
        int stemLength;
        if (word.EndsWith("ied") && n > 4)
        {
            s[n - 3] = 'y';
            return n - 2;
        }

        if (word.EndsWith("eed"))
        {
            return n;
        }

        if (word.EndsWith("ed") && n - 2 >= 3 && HasVowel(word[..(n - 2)]))
        {
            stemLength = n - 2;
        }
        else if (word.EndsWith("ing") && n - 3 >= 3 && HasVowel(word[..(n - 3)]))
        {
            stemLength = n - 3;
        }
        else
        {
            return n;
        }

        // "planned" -> "plan", but keep "enrolled" -> "enroll" and "passed" -> "pass".
        var last = s[stemLength - 1];
        if (stemLength >= 3 && last == s[stemLength - 2] && !IsVowel(last) && last is not ('l' or 's' or 'z'))
        {
            stemLength--;
        }

        return stemLength;
    }

    private static void ReplaceIz(Span<char> s)
    {
        for (var i = 0; i + 1 < s.Length; i++)
        {
            if (s[i] == 'i' && s[i + 1] == 'z')
            {
                s[i + 1] = 's';
            }
        }
    }

    private static bool HasVowel(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (IsVowel(c) || c == 'y')
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    private static bool IsAsciiWord(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }
}
