using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests.Facts;

/// <summary>The cases of figure-formats.tsv beside this file, for one language.</summary>
internal static class FigureFormats
{
    public static TheoryData<string, Qualifier, string, string> Cases(string language)
    {
        var cases = new TheoryData<string, Qualifier, string, string>();
        var path = Path.Combine(Directory.GetParent(TestData.DataFolder)!.FullName, "tests", "MoocBot.Core.Tests", "Facts", "figure-formats.tsv");
        foreach (var parts in File.ReadAllLines(path).Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Split('\t')))
        {
            if (parts[0] == language)
            {
                cases.Add(parts[1], Enum.Parse<Qualifier>(parts[2]), parts[3], parts[4]);
            }
        }

        return cases;
    }
}
