using System.Collections.Frozen;

namespace MoocBot.Core.Facts;

/// <summary>
/// The English → Chinese tables of <c>data/chinese.tsv</c>, built into the program: the unit nouns written after a
/// figure ([units]) and the names the sources cite ([names]). Each line is the English text, a tab and the Chinese;
/// lines starting with '#' are comments. Matching ignores case.
/// </summary>
internal static class ChineseWords
{
    private const string Resource = "MoocBot.Core.Facts.chinese.tsv";

    private static readonly IReadOnlyDictionary<string, FrozenDictionary<string, string>> Sections = Load();

    /// <summary>By a fact's English unit ("courses" → 门).</summary>
    public static FrozenDictionary<string, string> Units => Sections["units"];

    /// <summary>By the English name of a publisher, organisation or person ("People's Daily" → 人民日报).</summary>
    public static FrozenDictionary<string, string> Names => Sections["names"];

    internal static IReadOnlyDictionary<string, FrozenDictionary<string, string>> Parse(string text)
    {
        var sections = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        Dictionary<string, string>? current = null;
        var number = 0;
        foreach (var raw in text.Split('\n'))
        {
            number++;
            var line = raw.TrimEnd('\r');
            if (line.Trim() is "" || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                current = new(StringComparer.OrdinalIgnoreCase);
                sections.Add(line[1..^1], current);
                continue;
            }

            var pair = line.Split('\t');
            if (current is null || pair.Length != 2 || pair[0].Trim() is "" || pair[1].Trim() is "" || !current.TryAdd(pair[0].Trim(), pair[1].Trim()))
            {
                throw new FormatException($"chinese.tsv line {number}: expected a [section] first, then English<TAB>Chinese once per English text, but found \"{line}\".");
            }
        }

        return sections.ToDictionary(s => s.Key, s => s.Value.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase), StringComparer.Ordinal);
    }

    private static IReadOnlyDictionary<string, FrozenDictionary<string, string>> Load()
    {
        using var stream = typeof(ChineseWords).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The built-in Chinese wording ({Resource}) is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }
}
