using System.Globalization;
using System.Text.RegularExpressions;

namespace MoocBot.Core.Answering;

/// <summary>
/// Reads the time a question names (<see cref="TimeScope"/>) and rewrites the question for scoring: "two years ago" and
/// "last year" become the year they mean by the clock, "as of Dec 2024" becomes "as of 2024", and words that only say a
/// change is asked (the vocabulary's change-words: "grow", "增加") or which document ("article") are dropped, so the
/// measure is found as for any other question. A change is read in English ("since 2020", "than in 2020", "from 2020 to
/// 2024") and in Chinese ("2020年以来", "自2020年起", "比2020年", "与2020年相比", "2020年到2024年").
/// </summary>
internal static partial class TimeScopeReader
{
    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
    private static readonly string[] NumberWords = ["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

    /// <summary>
    /// The change words as one pattern: a phrase of Latin letters as a whole word ("rose", not "prose"), a Chinese one
    /// wherever it stands (Chinese has no spaces); null for none.
    /// </summary>
    public static Regex? ChangeWords(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var alternatives = phrases
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(p => p.Length)
            .Select(p => char.IsAsciiLetter(p[0]) ? @"\b" + Regex.Escape(p).Replace(@"\ ", @"\s+", StringComparison.Ordinal) + @"\b" : Regex.Escape(p))
            .ToList();
        return alternatives.Count == 0
            ? null
            : new Regex(string.Join('|', alternatives), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
    }

    /// <summary>
    /// The scope named in <paramref name="question"/> and the question to score; <paramref name="changeWords"/> (from
    /// <see cref="ChangeWords"/>) mark a change, and are only read when the question names a time.
    /// </summary>
    public static (TimeScope Scope, string Rewritten) Read(string question, DateOnly today, IReadOnlyList<string> publishers, Lazy<Regex?> changeWords)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(changeWords);
        var points = new List<(int Index, TimePoint Point)>();
        var rewritten = TimePhrase().Replace(question, match =>
        {
            if (ReadPoint(match, today) is not { } point)
            {
                return match.Value;
            }

            points.Add((match.Index, point));
            return match.Groups["y"].Success ? match.Value : " " + point.Year.ToString(CultureInfo.InvariantCulture) + " ";
        });

        var isChange = false;
        var changed = points.Count > 0 && changeWords.Value?.IsMatch(question) == true;
        if (!changed && points.Count > 0)
        {
            // "Courses since 2020" without "grow" or "more than" counts what built up since then: no time to pick.
            foreach (Match since in Since().Matches(question))
            {
                points.RemoveAll(p => p.Index >= since.Index && p.Index < since.Index + since.Length);
            }
        }

        if (points.Count > 0)
        {
            rewritten = changeWords.Value?.Replace(rewritten, " ") ?? rewritten;
            isChange = changed || Than().IsMatch(rewritten) || (points.Count >= 2 && Span().IsMatch(rewritten));
            if (isChange)
            {
                // The measure is found by the year the change starts from, read as "in 2020" is.
                rewritten = Than().Replace(rewritten, m => " in " + m.Groups["year"].Value);
                rewritten = Since().Replace(rewritten, m => " in " + m.Groups["year"].Value);
                rewritten = Span().Replace(rewritten, m => " in " + m.Groups["year"].Value);
            }
        }

        var publisher = NamedPublisher(question, publishers);
        if (publisher is not null)
        {
            rewritten = DocumentWord().Replace(rewritten, " ");
        }

        if (points.Count == 0)
        {
            return (publisher is null ? TimeScope.None : new TimeScope { Publisher = publisher }, rewritten);
        }

        var at = points[0].Point;
        TimePoint? until = null;
        if (isChange && points.Count >= 2)
        {
            var ordered = points.Select(p => p.Point).OrderBy(p => p.Start).ToList();
            (at, until) = (ordered[0], ordered[^1]);

            // "How many more MOOCs in 2024 than in 2020": no observation is as of both years, so the measure is
            // found by the year the change starts from alone; the selector then reads both ends.
            rewritten = OnlyYear(rewritten, at.Year);
        }

        return (new TimeScope { At = at, Until = until, IsChange = isChange, Publisher = publisher }, rewritten);
    }

    private static TimePoint? ReadPoint(Match match, DateOnly today)
    {
        if (match.Groups["rel"].Success)
        {
            var ago = match.Groups["this"].Success ? 0
                : match.Groups["last"].Success ? 1
                : match.Groups["n"].Value is var n && int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var digits) ? digits
                : Array.IndexOf(NumberWords, match.Groups["n"].Value.ToLowerInvariant()) is var word && word >= 0 ? Math.Max(1, word)
                : -1;
            return ago is >= 0 and <= 100 ? new TimePoint(today.Year - ago) : null;
        }

        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        if (match.Groups["mon"].Success)
        {
            return new TimePoint(year, Array.IndexOf(Months, match.Groups["mon"].Value[..3].ToLowerInvariant()) + 1);
        }

        if (match.Groups["num"].Success)
        {
            var month = int.Parse(match.Groups["num"].Value, CultureInfo.InvariantCulture);
            return month is >= 1 and <= 12 ? new TimePoint(year, month) : null;
        }

        return year is >= 1900 and <= 2100 ? new TimePoint(year) : null;
    }

    /// <summary>The question with every year but the first mention of <paramref name="year"/> dropped.</summary>
    private static string OnlyYear(string question, int year)
    {
        var kept = false;
        return Year().Replace(question, match =>
        {
            if (!kept && int.Parse(match.Value, CultureInfo.InvariantCulture) == year)
            {
                kept = true;
                return match.Value;
            }

            return " ";
        });
    }

    /// <summary>The longest publisher the question names ("People's Daily", "Xinhua"), apostrophes optional; or null.</summary>
    private static string? NamedPublisher(string question, IReadOnlyList<string> publishers)
    {
        var folded = Fold(question);
        string? best = null;
        foreach (var publisher in publishers)
        {
            var name = Fold(publisher);
            var at = folded.IndexOf(name, StringComparison.Ordinal);
            var whole = at >= 0 && (at == 0 || !char.IsLetter(folded[at - 1])) && (at + name.Length == folded.Length || !char.IsLetter(folded[at + name.Length]));
            if (whole && (best is null || publisher.Length > best.Length))
            {
                best = publisher;
            }
        }

        return best;
    }

    private static string Fold(string text) =>
        text.ToLowerInvariant().Replace("'", string.Empty, StringComparison.Ordinal).Replace("’", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"(?<rel>\b(?:(?<this>this year)|(?<last>last year)|(?:(?<n>\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten) years? ago))\b)|(?:\b(?<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(?<year>(?:19|20)\d{2})\b)|(?:\b(?<year>(?:19|20)\d{2})-(?<num>\d{1,2})\b)|(?<y>(?<![\d.,])(?<year>(?:19|20)\d{2})(?![\d]|[.,]\d))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TimePhrase();

    [GeneratedRegex(@"(?<![\d.,])(?:19|20)\d{2}(?![\d]|[.,]\d)", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    [GeneratedRegex(@"\bthan\s+(?:in\s+|at\s+|as of\s+|the end of\s+)?(?<year>(?:19|20)\d{2})\b|(?:比|较|与|跟)(?<year>(?:19|20)\d{2})年?(?:底|末)?(?:相比|比)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Than();

    [GeneratedRegex(@"\bsince\s+(?:the end of\s+)?(?<year>(?:19|20)\d{2})\b|(?:自从|自|从)?(?<year>(?:19|20)\d{2})年?(?:底|末)?(?:以来|起)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Since();

    [GeneratedRegex(@"\b(?:from|between)\s+(?<year>(?:19|20)\d{2})\s+(?:to|and|until|till)\s+(?:19|20)\d{2}\b|(?:从)?(?<year>(?:19|20)\d{2})年?(?:底|末)?(?:到|至)(?:19|20)\d{2}年?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Span();

    [GeneratedRegex(@"\b(?:article|articles|report|reports|story|piece)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DocumentWord();
}
