namespace MoocBot.Core.Facts;

/// <summary>
/// Reads <c>data/vocabulary.txt</c>, Solr synonym format in sections: a <c># section NAME</c> line starts a section,
/// other <c>#</c> lines and blank lines are comments, and every other line is <c>a, b, c</c> (equivalent phrases, the
/// first naming the concept) or <c>a, b => x</c> / <c>a, b => x, y</c> (the phrases mean x and imply y).
/// </summary>
public static class VocabularyParser
{
    /// <summary>The file name beside <c>facts.json</c>.</summary>
    public const string FileName = "vocabulary.txt";

    private const string SectionMarker = "# section ";
    private const string Arrow = "=>";

    /// <summary>Parses the text; throws <see cref="FactRepositoryFormatException"/> naming the line of a malformed entry.</summary>
    public static Vocabulary Parse(string text, string sourceName = FileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sections = new Dictionary<string, List<VocabularyLine>>(StringComparer.Ordinal);
        List<VocabularyLine>? current = null;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            var number = i + 1;
            if (line.StartsWith(SectionMarker, StringComparison.Ordinal))
            {
                var name = line[SectionMarker.Length..].Trim();
                if (name.Length == 0 || name.Contains(' ', StringComparison.Ordinal))
                {
                    throw Error(sourceName, number, "a section name is one word, such as '# section synonyms'");
                }

                if (!VocabularySections.All.Contains(name, StringComparer.Ordinal))
                {
                    throw Error(sourceName, number, $"there is no section '{name}'; the sections are {string.Join(", ", VocabularySections.All)}");
                }

                current = sections.TryGetValue(name, out var existing) ? existing : sections[name] = [];
                continue;
            }

            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            if (current is null)
            {
                throw Error(sourceName, number, "an entry comes before the first '# section NAME' line");
            }

            current.Add(ParseLine(line, number, sourceName));
        }

        return new Vocabulary(sections.ToDictionary(s => s.Key, s => (IReadOnlyList<VocabularyLine>)s.Value, StringComparer.Ordinal), text);
    }

    private static VocabularyLine ParseLine(string line, int number, string sourceName)
    {
        var arrow = line.IndexOf(Arrow, StringComparison.Ordinal);
        if (arrow >= 0 && line.IndexOf(Arrow, arrow + Arrow.Length, StringComparison.Ordinal) >= 0)
        {
            throw Error(sourceName, number, "a line has at most one '=>'");
        }

        var phrases = Split(arrow < 0 ? line : line[..arrow], number, sourceName);
        if (arrow < 0)
        {
            return new VocabularyLine(phrases, [], number);
        }

        var targets = Split(line[(arrow + Arrow.Length)..], number, sourceName);
        return targets.Length <= 2
            ? new VocabularyLine(phrases, targets, number)
            : throw Error(sourceName, number, "a mapping names one concept, or one and the broader concept it implies ('a, b => x, y')");
    }

    private static string[] Split(string list, int number, string sourceName)
    {
        var items = list.Split(',', StringSplitOptions.TrimEntries);
        return Array.Exists(items, item => item.Length == 0)
            ? throw Error(sourceName, number, "an empty phrase (two commas in a row, or a comma at an end)")
            : items;
    }

    private static FactRepositoryFormatException Error(string sourceName, int number, string problem) =>
        new($"{sourceName}, line {number}: {problem}.");
}
