namespace MoocBot.Ask.Tests;

public sealed class AskArgumentsTests
{
    [Theory]
    [InlineData(new[] { "--json", "how", "many", "moocs?" }, "how many moocs?")]
    [InlineData(new[] { "how many moocs?" }, "how many moocs?")]
    [InlineData(new[] { "--json" }, "")]
    [InlineData(new string[0], "")]
    [InlineData(new[] { "--", "--json", "-5%?" }, "--json -5%?")]
    [InlineData(new[] { "@moocbot", "how", "many?" }, "@moocbot how many?")]
    public void Parse_Words_AreTheQuestionJoinedBySpaces(string[] args, string question)
    {
        var parsed = AskArguments.Parse(args);

        Assert.Null(parsed.Error);
        Assert.Equal(question, parsed.Question);
    }

    [Fact]
    public void Parse_FlushAndExplain_AreOptionsNotWords()
    {
        var flush = AskArguments.Parse(["--json", "--flush"]);
        var explain = AskArguments.Parse(["--explain", "how", "many?"]);

        Assert.True(flush.Flush);
        Assert.Equal(string.Empty, flush.Question);
        Assert.True(explain.Explain);
        Assert.Equal("how many?", explain.Question);
    }

    [Theory]
    [InlineData(new[] { "--chat", "script-1", "and in the west?" }, "moocbot ask --chat")]
    [InlineData(new[] { "--jsn", "how many?" }, "Unrecognized option '--jsn'")]
    [InlineData(new[] { "--explain" }, "--explain needs a question")]
    public void Parse_WhatItCannotDo_SaysWhatToDoInstead(string[] args, string expected)
    {
        var parsed = AskArguments.Parse(args);

        Assert.Contains(expected, parsed.Error, StringComparison.Ordinal);
    }
}
