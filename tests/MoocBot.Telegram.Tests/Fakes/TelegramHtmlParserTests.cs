namespace MoocBot.Telegram.Tests.Fakes;

/// <summary>The validator behind the "can't parse entities" test must itself reject what Telegram rejects.</summary>
public sealed class TelegramHtmlParserTests
{
    [Theory]
    [InlineData("<b>bold</b> <strong>s</strong> <i>i</i> <em>e</em> <u>u</u> <ins>n</ins> <s>s</s> <strike>k</strike> <del>d</del>")]
    [InlineData("<span class=\"tg-spoiler\">x</span> <tg-spoiler>y</tg-spoiler>")]
    [InlineData("<a href=\"https://example.org/?a=1&amp;b=2\">link</a>")]
    [InlineData("<code>x &lt; y</code> <pre><code class=\"language-csharp\">var x;</code></pre>")]
    [InlineData("<blockquote>q</blockquote> <blockquote expandable>e</blockquote>")]
    [InlineData("<b>bold <i>and italic</i></b> &#60; &#x3E; &quot;")]
    public void TryParse_WhatTelegramAccepts_Parses(string html)
    {
        Assert.True(TelegramHtmlParser.TryParse(html, out _, out var error), error);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>", "Unsupported start tag")]
    [InlineData("1 < 2", "Can't find end of the tag")]
    [InlineData("1 < 2 > 0", "Unsupported start tag")]
    [InlineData("<b>never closed", "Can't find end tag")]
    [InlineData("<b><i>crossed</b></i>", "Can't find end tag")]
    [InlineData("closed</b>", "Unexpected end tag")]
    [InlineData("&nbsp;", "Unsupported HTML entity")]
    [InlineData("a & b", "Unsupported HTML entity")]
    [InlineData("<a>no address</a>", "must have attribute \"href\"")]
    [InlineData("<a href=\"x\"><a href=\"y\">nested</a></a>", "Nested links")]
    [InlineData("<code><b>x</b></code>", "not allowed inside")]
    [InlineData("<br/>", "Unsupported start tag")]
    [InlineData("<b", "Can't find end of the tag")]
    [InlineData("2 > 1", "Unexpected '>'")]
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
}
