using MoocBot.Core.Answering;

namespace MoocBot.Core.Tests.Answering;

public sealed class EnglishStemmerTests
{
    public static TheoryData<string, string> SameStem() => Cases("same");

    public static TheoryData<string, string> DifferentStems() => Cases("different");

    [Theory]
    [MemberData(nameof(SameStem))]
    public void Stem_FormsOfOneWord_ShareAStem(string word, string other)
    {
        Assert.Equal(EnglishStemmer.Stem(word), EnglishStemmer.Stem(other));
    }

    [Theory]
    [MemberData(nameof(DifferentStems))]
    public void Stem_DifferentWords_KeepDifferentStems(string word, string other)
    {
        Assert.NotEqual(EnglishStemmer.Stem(word), EnglishStemmer.Stem(other));
    }

    [Fact]
    public void Stem_ShortAndNonEnglishWords_AreLeftAlone()
    {
        Assert.Equal("was", EnglishStemmer.Stem("was"));
        Assert.Equal("été", EnglishStemmer.Stem("été"));
    }

    /// <summary>The pairs of english-stemmer-cases.tsv beside this file marked <paramref name="kind"/>.</summary>
    private static TheoryData<string, string> Cases(string kind) =>
        CaseTable.Pairs(CaseTable.Read(CaseTable.PathOf("MoocBot.Core.Tests/Answering/english-stemmer-cases.tsv"), 3)
            .Where(c => c[0] == kind)
            .Select(c => (c[1], c[2])));
}
