using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests.Facts;

/// <summary>The cases of figure-formats.tsv beside this file, for one language.</summary>
internal static class FigureFormats
{
    public static TheoryData<string, Qualifier, string, string> Cases(string language)
    {
        var cases = new TheoryData<string, Qualifier, string, string>();
        foreach (var parts in CaseTable.Read(CaseTable.PathOf("MoocBot.Core.Tests/Facts/figure-formats.tsv"), 5))
        {
            if (parts[0] == language)
            {
                cases.Add(parts[1], Enum.Parse<Qualifier>(parts[2]), parts[3], parts[4]);
            }
        }

        return cases;
    }
}
