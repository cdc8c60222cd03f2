using MoocBot.Core.Conversations;

namespace MoocBot.Core.Tests.Conversations;

public sealed class ConversationRouterTests
{
    private readonly ConversationRouter _router = RouterFactory.Create();

    [Theory]
    [InlineData("/fact moocs")]
    [InlineData("/FACT   moocs")]
    [InlineData("/fact@MoocBot moocs")]
    [InlineData("  /fact moocs  ")]
    public async Task HandleAsync_FactCommandInAnyForm_AnswersWithTheFigureAndSource(string text)
    {
        var reply = await _router.HandleAsync(RouterFactory.Private(text), CancellationToken.None);

        Assert.NotNull(reply);
        Assert.Equal("more than 97,000", reply.Figure?.Figure);
        Assert.Contains("Source: reported by Xinhua (People's Daily Online), 13 Dec 2024", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("Previously: more than 76,000 (Jan 2024, China News Service).", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_SourceCommandForACitedReport_GivesOurWordsAndTheReportNeverAQuotation()
    {
        var reply = await _router.HandleAsync(RouterFactory.Private("/source national.moocs"), CancellationToken.None);

        Assert.DoesNotContain(reply!.Blocks, b => b.Kind == ReplyBlockKind.Quote);
        Assert.DoesNotContain("“", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("Source: reported by Xinhua (People's Daily Online), 13 Dec 2024", reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Equal(new Uri("http://en.people.cn/n3/2024/1213/c90000-20253499.html"), reply.Source!.Url);
    }

    [Theory]
    [InlineData("14?", "I know two figures that fit. Which one did you mean?")]
    [InlineData("how many courses?", "I know several figures that fit. Which one did you mean?")]
    public async Task HandleAsync_TwoOrMoreFiguresFit_AsksWhichOneNamingHowMany(string text, string lead)
    {
        var reply = await _router.HandleAsync(RouterFactory.Private(text), CancellationToken.None);

        Assert.StartsWith(lead, reply!.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_OutOfScopeQuestion_SaysSoAndSuggestsNearFigures()
    {
        var text = (await _router.HandleAsync(RouterFactory.Private("how many universities does china have"), CancellationToken.None))!.ToPlainText();

        Assert.StartsWith("Sorry, I don't have a figure for that.", text, StringComparison.Ordinal);
        Assert.Contains("Universities in western China using MOOCs", text, StringComparison.Ordinal);
        Assert.DoesNotContain("725", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_GroupChatterNotAddressed_IsIgnored()
    {
        var reply = await _router.HandleAsync(RouterFactory.Group("how many moocs are there?"), CancellationToken.None);

        Assert.Null(reply);
    }

    [Fact]
    public async Task HandleAsync_GroupMention_IsAnswered()
    {
        var reply = await _router.HandleAsync(RouterFactory.Group("how many moocs are there?", mentionsBot: true), CancellationToken.None);

        Assert.Equal("national.moocs", reply?.Figure?.FactId);
    }

    [Fact]
    public async Task HandleAsync_CommandForAnotherBotInGroup_IsIgnored()
    {
        var reply = await _router.HandleAsync(RouterFactory.Group("/help@OtherBot"), CancellationToken.None);

        Assert.Null(reply);
    }

    [Theory]
    [InlineData("/fact@OtherBot moocs")]
    [InlineData("/help@OtherBot")]
    [InlineData("/start@OtherBot")]
    public async Task HandleAsync_CommandForAnotherBotInPrivate_IsIgnored(string text)
    {
        var reply = await _router.HandleAsync(RouterFactory.Private(text), CancellationToken.None);

        Assert.Null(reply);
    }

    [Fact]
    public async Task HandleAsync_CommandForThisBotInPrivate_IsAnsweredWhateverTheCase()
    {
        var reply = await _router.HandleAsync(RouterFactory.Private("/fact@moocbot moocs"), CancellationToken.None);

        Assert.Equal("national.moocs", reply?.Figure?.FactId);
    }

    [Fact]
    public async Task HandleAsync_UnknownCommandInPrivate_GetsHint()
    {
        var reply = await _router.HandleAsync(RouterFactory.Private("/frobnicate"), CancellationToken.None);

        Assert.Contains("/help", reply!.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_HelpListsCommands()
    {
        var text = (await _router.HandleAsync(RouterFactory.Private("/help"), CancellationToken.None))!.ToPlainText();

        foreach (var name in new[] { "/fact", "/stats", "/topics", "/source", "/about" })
        {
            Assert.Contains(name, text, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("/start national.registered-users")]
    [InlineData("/start national_registered-users")]
    public async Task HandleAsync_StartWithFactPayload_ShowsTheFact(string text)
    {
        var reply = await _router.HandleAsync(RouterFactory.Private(text), CancellationToken.None);

        Assert.Equal("483 million", reply?.Figure?.Figure);
    }

    [Fact]
    public async Task HandleAsync_SourceCommand_QuotesTheArticleVerbatim()
    {
        var reply = await _router.HandleAsync(RouterFactory.Private("/source west.learning-participations"), CancellationToken.None);

        Assert.Contains("students participating in learning reached 376 million times", reply!.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n ")]
    [InlineData("\u0000\u0001")]
    public async Task HandleAsync_EmptyPrivateMessage_GetsGreeting(string text)
    {
        var reply = await _router.HandleAsync(RouterFactory.Private(text), CancellationToken.None);

        Assert.Contains("Ask me", reply!.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_FiftyKilobytes_GetsPoliteRequestToShorten()
    {
        var reply = await _router.HandleAsync(RouterFactory.Private(new string('a', 50 * 1024)), CancellationToken.None);

        Assert.Contains("too long", reply!.ToPlainText(), StringComparison.Ordinal);
        Assert.Null(reply.Figure);
    }

    [Fact]
    public async Task HandleAsync_FactWithoutArgument_ExplainsUsage()
    {
        var reply = await _router.HandleAsync(RouterFactory.Private("/fact"), CancellationToken.None);

        Assert.Contains("/fact registered users", reply!.ToPlainText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("hello!", "Hello")]
    [InlineData("Thanks 🙏", "welcome")]
    [InlineData("你好", "你好！")]
    [InlineData("bye", "Goodbye")]
    public async Task HandleAsync_SmallTalk_GetsAFriendlyWordNotAnApology(string text, string expected)
    {
        var reply = await _router.HandleAsync(RouterFactory.Private(text), CancellationToken.None);

        Assert.Contains(expected, reply!.ToPlainText(), StringComparison.Ordinal);
        Assert.DoesNotContain("Sorry", reply.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_Help_IsPrivateAndDeclaredSo()
    {
        var reply = await _router.HandleAsync(RouterFactory.Private("/help"), CancellationToken.None);

        Assert.True(reply!.Private);
        Assert.True(_router.Commands.Single(c => c.Name == "help").RepliesPrivately);
        Assert.DoesNotContain(_router.Commands, c => c.RepliesPrivately && c.Name is "fact" or "stats" or "source");
    }

    [Theory]
    [InlineData("/whisper")]
    [InlineData("/start whisper")]
    public async Task HandleAsync_CommandDeclaredPrivateWhoseReplyIsNot_RepliesPrivately(string text)
    {
        var router = RouterFactory.Create(commands: new FixedReplyCommand(new ChatCommandInfo("whisper", "Says a secret") { RepliesPrivately = true }));

        var reply = await router.HandleAsync(RouterFactory.Private(text), CancellationToken.None);

        Assert.Equal("a secret", reply!.ToPlainText());
        Assert.True(reply.Private);
    }

    [Theory]
    [InlineData("/help", true)]
    [InlineData("/HELP@MoocBot", true)]
    [InlineData("  /help how do I ask", true)]
    [InlineData("/fact registered users", false)]
    [InlineData("/helpme", false)]
    [InlineData("help", false)]
    [InlineData("how many moocs?", false)]
    [InlineData("", false)]
    public void RepliesPrivately_Text_TellsACommandDeclaredPrivate(string text, bool expected)
    {
        Assert.Equal(expected, _router.RepliesPrivately(text));
    }

    [Fact]
    public async Task HandleAsync_CommandNotDeclaredPrivate_KeepsItsReplyPublic()
    {
        var router = RouterFactory.Create(commands: new FixedReplyCommand(new ChatCommandInfo("shout", "Says it aloud")));

        var reply = await router.HandleAsync(RouterFactory.Private("/shout"), CancellationToken.None);

        Assert.False(reply!.Private);
    }

    private sealed class FixedReplyCommand(ChatCommandInfo info) : IChatCommand
    {
        public ChatCommandInfo Info { get; } = info;

        public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken) =>
            Task.FromResult(ReplyComposer.ComposeText(Info.Name == "whisper" ? "a secret" : "ALOUD"));
    }
}
