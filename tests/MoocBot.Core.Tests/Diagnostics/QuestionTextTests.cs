using MoocBot.Core.Diagnostics;

namespace MoocBot.Core.Tests.Diagnostics;

public sealed class QuestionTextTests
{
    [Theory]
    [InlineData("How many MOOCs are there?", "how many moocs are there")]
    [InlineData("  how   many\tMOOCS are there!!  ", "how many moocs are there")]
    [InlineData("What's the share of western universities (97.3%)?", "whats the share of western universities 97.3%")]
    [InlineData("more than 62,000 courses, right?", "more than 62,000 courses right")]
    [InlineData("慕课有多少?", "慕课有多少")]
    [InlineData("?!...", "")]
    public void Normalize_Variants_FoldToOneKey(string text, string expected)
    {
        Assert.Equal(expected, QuestionText.Normalize(text));
    }

    [Theory]
    [InlineData("hey <@123456789012345678> how many moocs", "hey @someone how many moocs")]
    [InlineData("<@!42> and <@&77> in <#99>", "@someone and @someone in @someone")]
    [InlineData("ask @some_user about it", "ask @someone about it")]
    [InlineData("mail me at a.b@example.com", "mail me at a.b@example.com")]
    public void Scrub_Mentions_AreReplacedSoNoIdIsKept(string text, string expected)
    {
        Assert.Equal(expected, QuestionText.Scrub(text));
    }

    [Fact]
    public void Truncate_InTheMiddleOfASurrogatePair_KeepsTheTextValid()
    {
        var text = "ab😀cd";

        var cut = QuestionText.Truncate(text, 3);

        Assert.Equal("ab", cut);
    }

    [Fact]
    public void Create_LongQuestion_IsCutToTheLimit()
    {
        var question = UnansweredQuestion.Create("discord", new string('x', 400), DateTimeOffset.UnixEpoch, 300);

        Assert.Equal(300, question.Text.Length);
        Assert.Equal(300, question.NormalizedText.Length);
    }
}
