using System.Globalization;
using System.Text;

namespace MoocBot.Core.Tests;

/// <summary>
/// Test cases kept as data: a tab-separated file in the tests' source folder, one case a line, read where it is (not
/// copied to the output), the one reader the test projects share. Blank lines and lines starting with '#' are skipped.
/// In a cell, <c>\uXXXX</c> and <c>\UXXXXXXXX</c> stand for a character hard to see (a space at either end, a
/// non-breaking or zero-width space) and <c>\\</c> for a backslash.
/// </summary>
internal static class CaseTable
{
    /// <summary>
    /// The full path of a file under the repository's tests/ folder, e.g. "MoocBot.Core.Tests/Facts/figure-formats.tsv",
    /// found by walking up from the test binaries (some projects copy data/ beside them, so data/ does not mark the root).
    /// </summary>
    public static string PathOf(string underTests)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", underTests);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("tests/" + underTests + " not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Every case of the file at <paramref name="path"/>; a line with another number of cells than <paramref name="columns"/> throws.</summary>
    public static IReadOnlyList<string[]> Read(string path, int columns)
    {
        var cases = new List<string[]>();
        var number = 0;
        foreach (var line in File.ReadAllLines(path))
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (cells.Length != columns)
            {
                throw new FormatException($"{Path.GetFileName(path)} line {number}: {cells.Length} cells where {columns} were expected.");
            }

            cases.Add([.. cells.Select(Unescape)]);
        }

        return cases;
    }

    /// <summary>Two-cell cases as theory data.</summary>
    public static TheoryData<string, string> Pairs(IEnumerable<(string, string)> cases)
    {
        var data = new TheoryData<string, string>();
        foreach (var (first, second) in cases)
        {
            data.Add(first, second);
        }

        return data;
    }

    private static string Unescape(string cell)
    {
        if (!cell.Contains('\\', StringComparison.Ordinal))
        {
            return cell;
        }

        var text = new StringBuilder(cell.Length);
        for (var i = 0; i < cell.Length; i++)
        {
            if (cell[i] != '\\')
            {
                text.Append(cell[i]);
                continue;
            }

            var kind = i + 1 < cell.Length ? cell[i + 1] : '\0';
            var digits = kind switch { 'u' => 4, 'U' => 8, _ => 0 };
            if (kind == '\\')
            {
                text.Append('\\');
                i++;
            }
            else if (digits > 0 && i + 2 + digits <= cell.Length
                && int.TryParse(cell.AsSpan(i + 2, digits), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            {
                text.Append(char.ConvertFromUtf32(code));
                i += 1 + digits;
            }
            else
            {
                throw new FormatException($"\"{cell}\": a backslash starts \\uXXXX, \\UXXXXXXXX or \\\\ only.");
            }
        }

        return text.ToString();
    }
}
