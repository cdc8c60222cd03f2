using MoocBot.Core.Answering;

namespace MoocBot.Core.Tests.Answering;

/// <summary>The vocabulary's change-words: a Latin phrase is a whole word, a Chinese one counts wherever it stands.</summary>
public sealed class ChangeWordsTests
{
    [Theory]
    [InlineData("how much did moocs grow since 2020", true)]
    [InlineData("how many moocs went   up since 2020", true)]
    [InlineData("the prose of 2020", false)]
    [InlineData("慕课数量比2020年增加了多少", true)]
    [InlineData("2020年的慕课有多少", false)]
    public void ChangeWords_Question_MatchesOnlyAChangeWord(string question, bool expected)
    {
        var words = TimeScopeReader.ChangeWords(["grow", "went up", "rose", "增加"]);

        Assert.Equal(expected, words!.IsMatch(question));
    }

    [Fact]
    public void ChangeWords_None_Null() => Assert.Null(TimeScopeReader.ChangeWords([" "]));
}
