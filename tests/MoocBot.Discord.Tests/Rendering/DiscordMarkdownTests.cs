using MoocBot.Discord.Rendering;

namespace MoocBot.Discord.Tests.Rendering;

public sealed class DiscordMarkdownTests
{
    [Theory]
    [InlineData("62,000 MOOCs", "62,000 MOOCs")]
    [InlineData("# not a heading", @"\# not a heading")]
    [InlineData("- not a list\n- again", "\\- not a list\n\\- again")]
    [InlineData("1. first", @"1\. first")]
    [InlineData("as of 2022. Then", "as of 2022. Then")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData("> quote", @"\> quote")]
    public void Escape_Text_ShowsAsWritten(string text, string expected) =>
        Assert.Equal(expected, DiscordMarkdown.Escape(text));

    [Fact]
    public void Truncate_ShortText_IsUnchanged() =>
        Assert.Equal("abc", DiscordMarkdown.Truncate("abc", 3));

    [Fact]
    public void Truncate_LongText_EndsWithEllipsisWithinTheLimit()
    {
        var cut = DiscordMarkdown.Truncate(new string('a', 50), 10);

        Assert.Equal(10, cut.Length);
        Assert.EndsWith("…", cut, StringComparison.Ordinal);
    }

    [Fact]
    public void Truncate_AtAnEscape_DoesNotLeaveADanglingBackslash()
    {
        var cut = DiscordMarkdown.Truncate(@"abcd\*efgh", 6);

        Assert.Equal("abcd…", cut);
    }

    [Fact]
    public void Truncate_AtASurrogatePair_DoesNotSplitIt()
    {
        var cut = DiscordMarkdown.Truncate("abc😀def", 5);

        Assert.Equal("abc…", cut);
    }
}
