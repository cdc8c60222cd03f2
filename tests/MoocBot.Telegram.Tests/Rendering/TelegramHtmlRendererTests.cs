using System.Text;
using CsCheck;
using MoocBot.Core.Conversations;
using MoocBot.Telegram.Rendering;
using MoocBot.Telegram.Tests.Fakes;

namespace MoocBot.Telegram.Tests.Rendering;

public sealed class TelegramHtmlRendererTests
{
    private static readonly ReplyComposer Composer = new(TestData.Repository);

    [Fact]
    public void Render_FactCard_FigureInBoldAndSourceInItalics()
    {
        var reply = Composer.ComposeFact(TestData.Repository.FindFact("national.moocs")!);

        var html = Assert.Single(TelegramHtmlRenderer.Render(reply));

        Assert.StartsWith("MOOCs (massive open online courses) in China: <b>more than 97,000</b> (as of December 2024).", html, StringComparison.Ordinal);
        Assert.Contains("\n\n<i><a href=\"http://en.people.cn/n3/2024/1213/c90000-20253499.html\">Source: reported by Xinhua (People's Daily Online), 13 Dec 2024", html, StringComparison.Ordinal);
        Assert.True(TelegramHtmlParser.TryParse(html, out _, out var error), error);
    }

    [Fact]
    public void Render_TextWithMarkup_IsEscapedAndReadsAsWritten()
    {
        const string text = "1 < 2 && 3 > 2 <b>not bold</b> &amp; \"quoted\"";
        var reply = new Reply { Blocks = [ReplyBlock.Text(text)] };

        var html = Assert.Single(TelegramHtmlRenderer.Render(reply));

        Assert.Equal("1 &lt; 2 &amp;&amp; 3 &gt; 2 &lt;b&gt;not bold&lt;/b&gt; &amp;amp; &quot;quoted&quot;", html);
        Assert.True(TelegramHtmlParser.TryParse(html, out var visible, out _));
        Assert.Equal(text, visible);
    }

    [Fact]
    public void Render_SourceWithAddress_IsALink()
    {
        var url = new Uri("https://paper.people.com.cn/rmrb/html/2023-01/02/nw.D110000renmrb_20230102_2-01.htm?a=1&b=\"2\"");
        var reply = new Reply { Blocks = [new ReplyBlock(ReplyBlockKind.Source, [new ReplySpan("Source: People's Daily", SpanStyle.Italic, url)])] };

        var html = Assert.Single(TelegramHtmlRenderer.Render(reply));

        Assert.Equal("<i><a href=\"https://paper.people.com.cn/rmrb/html/2023-01/02/nw.D110000renmrb_20230102_2-01.htm?a=1&amp;b=%222%22\">Source: People's Daily</a></i>", html);
        Assert.True(TelegramHtmlParser.TryParse(html, out var visible, out var error), error);
        Assert.Equal("Source: People's Daily", visible);
    }

    [Fact]
    public void Render_LinkThatIsNotHttp_IsPlainText()
    {
        var reply = new Reply { Blocks = [new ReplyBlock(ReplyBlockKind.Paragraph, [new ReplySpan("click", Url: new Uri("javascript:alert(1)"))])] };

        Assert.Equal("click", Assert.Single(TelegramHtmlRenderer.Render(reply)));
    }

    [Fact]
    public void Render_BlockKinds_HeadingBoldQuoteAndListLayout()
    {
        var reply = new Reply
        {
            Blocks =
            [
                new ReplyBlock(ReplyBlockKind.Heading, [new ReplySpan("Topics"), new ReplySpan(" now", SpanStyle.Bold)]),
                new ReplyBlock(ReplyBlockKind.ListItem, [new ReplySpan("/fact", SpanStyle.Code), new ReplySpan(" one")]),
                new ReplyBlock(ReplyBlockKind.ListItem, [new ReplySpan("two")]),
                new ReplyBlock(ReplyBlockKind.Quote, [new ReplySpan("said")]),
            ],
        };

        var html = Assert.Single(TelegramHtmlRenderer.Render(reply));

        Assert.Equal("<b>Topics now</b>\n\n• <code>/fact</code> one\n• two\n\n<blockquote>said</blockquote>", html);
    }

    [Fact]
    public void Render_NothingVisible_NoMessages()
    {
        var reply = new Reply { Blocks = [ReplyBlock.Text("  "), new ReplyBlock(ReplyBlockKind.Paragraph, [])] };

        Assert.Empty(TelegramHtmlRenderer.Render(reply));
    }

    [Fact]
    public void Render_LongReply_SplitsBetweenBlocksUnder4096()
    {
        var blocks = Enumerable.Range(1, 60)
            .Select(i => new ReplyBlock(ReplyBlockKind.ListItem, [new ReplySpan($"Figure {i}: ", SpanStyle.Bold), new ReplySpan(new string('x', 100) + " & more")]))
            .ToList();

        var parts = TelegramHtmlRenderer.Render(new Reply { Blocks = blocks });

        Assert.Equal(2, parts.Count);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, TelegramHtmlRenderer.MaxMessageLength));
        Assert.All(parts, p => Assert.StartsWith("• <b>Figure ", p, StringComparison.Ordinal));
        Assert.All(parts, p => Assert.EndsWith(" &amp; more", p, StringComparison.Ordinal));
        Assert.Equal(60, parts.Sum(p => p.Split('\n').Length));
    }

    [Fact]
    public void Render_OneHugeBlock_IsCutAtWhiteSpaceWithTagsClosed()
    {
        var words = string.Join(' ', Enumerable.Repeat("<escaped&word>", 1000));
        var reply = new Reply { Blocks = [new ReplyBlock(ReplyBlockKind.Quote, [new ReplySpan(words, SpanStyle.Italic)])] };

        var parts = TelegramHtmlRenderer.Render(reply);

        Assert.True(parts.Count > 1);
        foreach (var part in parts)
        {
            Assert.InRange(part.Length, 1, TelegramHtmlRenderer.MaxMessageLength);
            Assert.True(TelegramHtmlParser.TryParse(part, out var visible, out var error), error);
            Assert.All(visible.Split(' ', StringSplitOptions.RemoveEmptyEntries), w => Assert.Equal("<escaped&word>", w));
        }
    }

    [Fact]
    public void Render_BrokenSurrogates_BecomeReplacementCharacters()
    {
        var reply = new Reply { Blocks = [ReplyBlock.Text("a\uD800b 😀")] };

        var html = Assert.Single(TelegramHtmlRenderer.Render(reply));

        Assert.Equal("a\uFFFDb 😀", html);
    }

    /// <summary>
    /// The renderer writes every message into one buffer and moves tags in where a piece turns out not to fit: its messages
    /// must be exactly those of the rules written the plain way (<see cref="TelegramHtmlReference"/>), for replies that fit
    /// one message and for replies cut between blocks, inside a block and inside a span.
    /// </summary>
    [Fact]
    public void Render_AnyReply_SameMessagesAsTheReferenceRules()
    {
        var replies = TestData.Repository.Facts
            .SelectMany(f => new[] { Composer.ComposeFact(f), Composer.ComposeFact(f, ChatLanguage.Chinese) })
            .ToList();

        Assert.All(replies, reply => Assert.Equal(
            TelegramHtmlReference.Render(reply, TelegramHtmlRenderer.MaxMessageLength),
            TelegramHtmlRenderer.Render(reply)));
        Assert.All(replies, reply => Assert.Equal(TelegramHtmlReference.Render(reply, 64), TelegramHtmlRenderer.Render(reply, 64)));
        var split = 0;
        RandomReplies().Sample((r, max) =>
        {
            var messages = TelegramHtmlRenderer.Render(r, max);
            Assert.Equal(TelegramHtmlReference.Render(r, max), messages);
            split += messages.Count > 1 ? 1 : 0;
        }, iter: 2000, threads: 1);
        Assert.True(split > 200, $"only {split} of the random replies were split");
    }

    /// <summary>"can't parse entities" is impossible: any text, however markup-laden, renders to HTML Telegram accepts and shows as written.</summary>
    [Fact]
    public void Render_RandomMarkupLadenText_AlwaysValidTelegramHtmlShowingTheText()
    {
        RandomReplies().Sample((r, max) =>
        {
            var parts = TelegramHtmlRenderer.Render(r, max);
            var shown = new StringBuilder();
            foreach (var part in parts)
            {
                Assert.InRange(part.Length, 1, max);
                Assert.True(TelegramHtmlParser.TryParse(part, out var visible, out var error), $"{error} in {part}");
                shown.Append(visible);
            }

            Assert.Equal(WithoutWhiteSpace(Expected(r)), WithoutWhiteSpace(shown.ToString()));
        }, iter: 2000);
    }

    /// <summary>Markup-laden replies of every block and span kind, with links, and a message limit of 64 to 600.</summary>
    private static Gen<(Reply Reply, int MaxLength)> RandomReplies()
    {
        var text = Gen.OneOf(
                Gen.Char["<>&\"';/=#abx \n"],
                Gen.Char,
                Gen.OneOf(Gen.Const('\uD83D'), Gen.Const('\uDE00'), Gen.Const('é')))
            .Array[0, 40]
            .Select(chars => new string(chars));
        var fragment = Gen.OneOf(text, Gen.OneOf(Gen.Const("<b>"), Gen.Const("</i>"), Gen.Const("&amp;"), Gen.Const("&#x1F600;"), Gen.Const("<a href=\"x\">"), Gen.Const("&lt")));
        var spanText = fragment.Array[0, 6].Select(parts => string.Concat(parts));
        var span = Gen.Select(spanText, Gen.Int[0, 3], Gen.Bool, (t, style, link) =>
            new ReplySpan(t, (SpanStyle)style, link ? new Uri("https://example.org/a?b=<c>&d=\"e\"") : null));
        var block = Gen.Select(Gen.Int[0, 4], span.Array[0, 5], (kind, spans) => new ReplyBlock((ReplyBlockKind)kind, spans));
        return Gen.Select(block.Array[0, 12], Gen.Int[64, 600], (blocks, max) => (new Reply { Blocks = blocks }, max));
    }

    private static string Expected(Reply reply) => string.Concat(reply.Blocks
        .Where(b => b.PlainText.Trim().Length > 0)
        .Select(b => (b.Kind == ReplyBlockKind.ListItem ? "• " : string.Empty) + string.Concat(b.Spans.Select(s => Sanitized(s.Text)))));

    private static string Sanitized(string text) => string.Concat(text.EnumerateRunes().Select(r => r.ToString()));

    private static string WithoutWhiteSpace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
