using MoocBot.Core.Answering;

namespace MoocBot.Core.Tests.Answering;

public sealed class TextFolderTests
{
    /// <summary>The cases of text-folder-cases.tsv beside this file: an input and what folding makes of it.</summary>
    public static TheoryData<string, string> CompatibilityForms() =>
        CaseTable.Pairs(CaseTable.Read(CaseTable.PathOf("MoocBot.Core.Tests/Answering/text-folder-cases.tsv"), 2).Select(c => (c[0], c[1])));

    [Theory]
    [MemberData(nameof(CompatibilityForms))]
    public void Fold_CompatibilityForms_BecomePlainLowerCase(string input, string expected)
    {
        var buffer = new char[input.Length * TextFolder.MaxExpansion];

        var length = TextFolder.Fold(input, buffer);

        Assert.Equal(expected, new string(buffer, 0, length));
    }
}
