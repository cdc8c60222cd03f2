namespace MoocBot.Telegram.Tests.Fakes;

/// <summary>The validator behind the "can't parse entities" test must itself reject what Telegram rejects.</summary>
public sealed class TelegramHtmlParserTests
{
    private const string Ok = "ok";

    /// <summary>The HTML of telegram-html-cases.tsv beside this file that Telegram accepts.</summary>
    public static TheoryData<string> Accepted() => new(Cases().Where(c => c[0] == Ok).Select(c => c[1]));

    /// <summary>The HTML of telegram-html-cases.tsv that Telegram rejects, with the words its error contains.</summary>
    public static TheoryData<string, string> Rejected() => CaseTable.Pairs(Cases().Where(c => c[0] != Ok).Select(c => (c[1], c[0])));

    [Theory]
    [MemberData(nameof(Accepted))]
    public void TryParse_WhatTelegramAccepts_Parses(string html)
    {
        Assert.True(TelegramHtmlParser.TryParse(html, out _, out var error), error);
    }

    [Theory]
    [MemberData(nameof(Rejected))]
    public void TryParse_WhatTelegramRejects_FailsWithItsReason(string html, string reason)
    {
        Assert.False(TelegramHtmlParser.TryParse(html, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void TryParse_Entities_DecodeToWhatAUserSees()
    {
        Assert.True(TelegramHtmlParser.TryParse("<b>62,000</b> &lt;MOOCs&gt; &amp; &quot;more&quot; &#128512;", out var text, out _));

        Assert.Equal("62,000 <MOOCs> & \"more\" 😀", text);
    }

    private static IReadOnlyList<string[]> Cases() =>
        CaseTable.Read(CaseTable.PathOf("MoocBot.Telegram.Tests/Fakes/telegram-html-cases.tsv"), 2);
}
