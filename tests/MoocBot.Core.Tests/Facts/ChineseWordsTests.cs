using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests.Facts;

public sealed class ChineseWordsTests
{
    [Fact]
    public void BuiltIn_UnitsAndNames_ReadFromTheDataFileIgnoringCase()
    {
        Assert.Equal("门", ChineseWords.Units["courses"]);
        Assert.Equal("人次", ChineseWords.Units["Person-Times"]);
        Assert.Equal("人民日报", ChineseWords.Names["people's daily"]);
        Assert.Equal("丁雅诵", ChineseWords.Names["Ding Yasong"]);
    }

    [Fact]
    public void Parse_SectionsCommentsAndPairs_KeepsEachSectionApart()
    {
        var sections = ChineseWords.Parse("# comment\n[units]\ncourses\t门\r\n\n[names]\nUNESCO\t联合国教科文组织\n");

        Assert.Equal(["names", "units"], sections.Keys.Order());
        Assert.Equal("门", sections["units"]["COURSES"]);
        Assert.False(sections["names"].ContainsKey("courses"));
    }

    [Theory]
    [InlineData("courses\t门\n")]
    [InlineData("[units]\ncourses 门\n")]
    [InlineData("[units]\ncourses\t门\nCourses\t课\n")]
    public void Parse_PairOutsideASectionNoTabOrTwice_FailsNamingTheLine(string text)
    {
        var error = Assert.Throws<FormatException>(() => ChineseWords.Parse(text));

        Assert.StartsWith("chinese.tsv line ", error.Message, StringComparison.Ordinal);
    }
}
