using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MoocBot.Core.Answering;
using MoocBot.Core.Conversations;
using MoocBot.Core.Diagnostics;
using MoocBot.Core.Notices;
using MoocBot.Telegram.Receiving;
using MoocBot.Telegram.Tests.Fakes;

namespace MoocBot.Telegram.Tests.EndToEnd;

/// <summary>The whole bot, as a user meets it: a running host, the real TelegramBotClient, and the fake Bot API.</summary>
public sealed class TelegramEndToEndTests
{
    private const long Alice = 4201;
    private const long Bob = 4202;
    private const long Group = -1001234567890;

    [Fact]
    public async Task PrivateQuestion_HowManyMoocs_AnsweredWithFigureAndSource()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake);

        fake.EnqueueUpdate(fake.Updates.PrivateText(Alice, "how many moocs?"));

        var sent = Assert.Single(await fake.WaitForSentMessagesAsync(1));
        Assert.Equal(Alice, sent.ChatId);
        Assert.Equal("HTML", sent.ParseMode, ignoreCase: true);
        Assert.Contains("<b>more than 97,000</b>", sent.Text, StringComparison.Ordinal);
        Assert.Contains("more than 97,000", sent.VisibleText, StringComparison.Ordinal);
        Assert.Contains("Source: reported by Xinhua (People's Daily Online), 13 Dec 2024", sent.VisibleText, StringComparison.Ordinal);
        Assert.Contains("Previously: more than 76,000 (Jan 2024, China News Service).", sent.VisibleText, StringComparison.Ordinal);
        Assert.True(sent.LinkPreviewDisabled);
        Assert.Null(sent.ReplyToMessageId);
        var buttons = sent.Buttons.SelectMany(row => row).ToList();
        Assert.Contains(("Source", "/source national.moocs"), buttons);
        Assert.Contains(("Related", "/related national.moocs"), buttons);
    }

    [Fact]
    public async Task PrivateQuestionInChinese_AnsweredInChineseWithChineseButtons()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake);

        fake.EnqueueUpdate(fake.Updates.PrivateText(Alice, "中国有多少门慕课？"));

        var sent = Assert.Single(await fake.WaitForSentMessagesAsync(1));
        Assert.Contains("<b>超过9.7万门</b>", sent.Text, StringComparison.Ordinal);
        Assert.Contains("来源：新华社（人民网）报道，2024年12月13日", sent.VisibleText, StringComparison.Ordinal);
        var buttons = sent.Buttons.SelectMany(row => row).ToList();
        Assert.Contains(("出处", "/source national.moocs"), buttons);
        Assert.Contains(("相关", "/related national.moocs"), buttons);
    }

    [Fact]
    public async Task Health_AfterAnAnswer_ReportsSetupPollingAndSendingWorking()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake);

        // The second answer in the same chat starts only after the first was fully sent.
        fake.EnqueueUpdate(fake.Updates.PrivateText(Alice, "how many moocs?"));
        fake.EnqueueUpdate(fake.Updates.PrivateText(Alice, "how many registered users?"));
        await fake.WaitForSentMessagesAsync(2);

        var health = host.Services.GetRequiredService<BotHealth>().Snapshot().ToDictionary(c => c.Name);
        Assert.All(["telegram.setup", "telegram.poll", "telegram.send"], name => Assert.NotNull(health[name].LastSuccess));
        Assert.All(health.Values, c => Assert.Null(c.LastError));
    }

    [Fact]
    public async Task GroupChatter_NotAddressingTheBot_GetsNoReply()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake);

        fake.EnqueueUpdate(fake.Updates.GroupText(Group, Alice, "how many moocs?"));
        fake.EnqueueUpdate(fake.Updates.GroupText(Group, Bob, "/help@SomeOtherBot"));
        var addressed = fake.Updates.GroupText(Group, Bob, "@MoocTestBot how many registered users?");
        fake.EnqueueUpdate(addressed);

        // Updates of one chat are handled in order, so once the third is answered the first two were ignored.
        await fake.WaitForSentMessagesAsync(1);
        var sent = Assert.Single(fake.SentMessages);
        Assert.Equal(MessageId(addressed), sent.ReplyToMessageId);
        Assert.Contains("483 million", sent.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PrivateCommand_ForAnotherBot_GetsNoReply()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake);

        fake.EnqueueUpdate(fake.Updates.PrivateText(Alice, "/fact@SomeOtherBot moocs"));
        fake.EnqueueUpdate(fake.Updates.PrivateText(Alice, "/fact@MoocTestBot registered users"));

        // One chat's updates are handled in order, so once the second is answered the first was ignored.
        await fake.WaitForSentMessagesAsync(1);
        var sent = Assert.Single(fake.SentMessages);
        Assert.Contains("402 million", sent.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GroupMessages_AddressingTheBot_AreAnsweredInOrder()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake);
        var updates = new[]
        {
            fake.Updates.GroupText(Group, Alice, "@MoocTestBot how many moocs?"),
            fake.Updates.ReplyToBot(Group, Bob, "and how many registered users?"),
            fake.Updates.GroupText(Group, Alice, "/stats@MoocTestBot"),
            fake.Updates.GroupText(Group, Bob, "/topics"),
        };
        fake.EnqueueUpdates(updates);

        var sent = await fake.WaitForSentMessagesAsync(4);

        Assert.Equal(updates.Select(MessageId), sent.Select(m => m.ReplyToMessageId));
        Assert.Contains("more than 97,000", sent[0].VisibleText, StringComparison.Ordinal);
        Assert.Contains("483 million", sent[1].VisibleText, StringComparison.Ordinal);
        Assert.All(sent, m => Assert.Equal(Group, m.ChatId));
    }

    [Fact]
    public async Task MarkupInAQuestion_ComesBackEscaped()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake, configureServices: s => s.AddSingleton<IChatCommand, EchoCommand>());
        const string markup = "<b>bold</b> & <script>alert(1)</script> <a href=\"x\">";

        fake.EnqueueUpdate(fake.Updates.PrivateText(Alice, "how many <b>moocs</b> & <i>users</i>?"));
        fake.EnqueueUpdate(fake.Updates.PrivateText(Alice, "/echo " + markup));

        var sent = await fake.WaitForSentMessagesAsync(2);
        Assert.Equal(2, fake.CallsTo("sendMessage").Count);
        Assert.Contains("You wrote: " + markup, sent[1].VisibleText, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;bold&lt;/b&gt; &amp; &lt;script&gt;", sent[1].Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", sent[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CommandReplyingWithAPicture_ArrivesAsAPhotoWithCaptionAndButton()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake, configureServices: s => s.AddSingleton<IChatCommand, ChartCommand>());

        fake.EnqueueUpdate(fake.Updates.PrivateText(Alice, "/testchart"));

        var sent = Assert.Single(await fake.WaitForSentMessagesAsync(1));
        Assert.Equal(ChartCommand.Png, sent.Photo);
        Assert.Equal("MOOCs in China over time & their sources", sent.VisibleText);
        Assert.Equal("Source", Assert.Single(Assert.Single(sent.Buttons)).Text);
        Assert.Empty(fake.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task RateLimitedOnce_ThenSucceeds_ExactlyOneMessage()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake);
        fake.FailNext("sendMessage", FakeFailure.TooManyRequests(retryAfter: 1));

        fake.EnqueueUpdate(fake.Updates.PrivateText(Alice, "how many moocs?"));
        await fake.WaitForSentMessagesAsync(1);
        fake.EnqueueUpdate(fake.Updates.PrivateText(Alice, "how many registered users?"));
        var sent = await fake.WaitForSentMessagesAsync(2);

        Assert.Equal(2, sent.Count);
        Assert.Contains("more than 97,000", sent[0].VisibleText, StringComparison.Ordinal);
        Assert.Contains("483 million", sent[1].VisibleText, StringComparison.Ordinal);
        Assert.Equal([429, 200, 200], fake.CallsTo("sendMessage").Select(c => c.StatusCode));
    }

    [Fact]
    public async Task ServerErrors_AreRetried_DroppedConnectionAfterTheRequestIsNot()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake);
        fake.FailNext("sendMessage", FakeFailure.ServerError(502));
        fake.FailNext("sendMessage", FakeFailure.ConnectionReset());
        fake.FailNext("sendMessage", FakeFailure.BadGatewayPage());

        fake.EnqueueUpdate(fake.Updates.PrivateText(Alice, "how many moocs?"));
        fake.EnqueueUpdate(fake.Updates.PrivateText(Alice, "how many registered users?"));
        var sent = await fake.WaitForSentMessagesAsync(1);

        // The first answer met a 502 (retried), then a connection lost once the request was out: Telegram may have
        // delivered it, so it is not sent a second time. The second answer met a 502 page, then went through.
        Assert.Contains("402 million", Assert.Single(sent).VisibleText, StringComparison.Ordinal);
        Assert.Equal([502, 0, 502, 200], fake.CallsTo("sendMessage").Select(c => c.StatusCode));
    }

    [Fact]
    public async Task WrongWebhookSecret_Gets401_AndNoReply()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake, TelegramMode.Webhook);
        Assert.Equal(TelegramTestHost.PublicWebhookUrl, fake.WebhookUrl);
        Assert.Equal(TelegramTestHost.WebhookSecret, fake.WebhookSecret);

        using var wrong = await fake.DeliverToWebhookAsync(host.WebhookEndpoint, fake.Updates.PrivateText(Alice, "how many moocs?"), "not-the-secret");
        using var missing = await fake.DeliverToWebhookAsync(host.WebhookEndpoint, fake.Updates.PrivateText(Alice, "how many moocs?"), secret: null);
        using var right = await fake.DeliverToWebhookAsync(host.WebhookEndpoint, fake.Updates.PrivateText(Bob, "how many registered users?"), fake.WebhookSecret);

        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        await fake.WaitForSentMessagesAsync(1);
        var sent = Assert.Single(fake.SentMessages);
        Assert.Equal(Bob, sent.ChatId);
        var webhook = host.Services.GetRequiredService<BotHealth>().Snapshot().Single(c => c.Name == "telegram.webhook");
        Assert.Null(webhook.LastError);
        Assert.NotNull(webhook.LastSuccess);
    }

    [Fact]
    public async Task RepeatedWebhookUpdate_IsAnsweredOnce()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake, TelegramMode.Webhook);
        var update = fake.Updates.PrivateText(Alice, "how many moocs?");

        using var first = await fake.DeliverToWebhookAsync(host.WebhookEndpoint, update, fake.WebhookSecret);
        using var again = await fake.DeliverToWebhookAsync(host.WebhookEndpoint, update, fake.WebhookSecret);
        using var next = await fake.DeliverToWebhookAsync(host.WebhookEndpoint, fake.Updates.PrivateText(Alice, "how many registered users?"), fake.WebhookSecret);

        Assert.All([first, again, next], r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        var sent = await fake.WaitForSentMessagesAsync(2);
        Assert.Equal(2, sent.Count);
        Assert.Contains("more than 97,000", sent[0].VisibleText, StringComparison.Ordinal);
        Assert.Contains("483 million", sent[1].VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task InlineQuery_IsAnsweredWithFactsAndSources()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake);

        fake.EnqueueUpdate(fake.Updates.InlineQuery(Alice, "moocs"));

        await fake.WaitForCallsAsync("answerInlineQuery");
        var answer = Assert.Single(fake.InlineAnswers);
        Assert.InRange(answer.Results.Count, 1, 10);
        Assert.Contains(answer.VisibleTexts, t => t.Contains("more than 97,000", StringComparison.Ordinal));
        Assert.All(answer.VisibleTexts, t => Assert.Contains("Source: ", t, StringComparison.Ordinal));
        Assert.All(answer.Results, r => Assert.Equal("HTML", r!["input_message_content"]!["parse_mode"]!.GetValue<string>(), ignoreCase: true));
    }

    [Theory]
    [InlineData("moocs")]
    [InlineData("  registered   users ")]
    public async Task InlineQuery_ListsWhatTheAnswererFinds_InItsOrder(string query)
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake);

        fake.EnqueueUpdate(fake.Updates.InlineQuery(Alice, query));

        await fake.WaitForCallsAsync("answerInlineQuery");
        var expected = new FactAnswerer(TestData.Repository).Search(query.Trim(), TelegramUpdateHandler.MaxInlineResults).Select(f => f.Id);
        Assert.Equal(expected, Assert.Single(fake.InlineAnswers).Results.Select(r => r!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task EmptyInlineQuery_ShowsHeadlineFigures()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake);

        fake.EnqueueUpdate(fake.Updates.InlineQuery(Alice, string.Empty));

        await fake.WaitForCallsAsync("answerInlineQuery");
        var expected = TestData.Repository.Facts.Take(TelegramUpdateHandler.MaxInlineResults).Select(f => f.Id);
        Assert.Equal(expected, Assert.Single(fake.InlineAnswers).Results.Select(r => r!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task SourceButton_IsAnsweredAndRoutedAsItsCommand()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake);

        fake.EnqueueUpdate(fake.Updates.CallbackQuery(Alice, Alice, "/source platform.teaching-materials"));

        var sent = Assert.Single(await fake.WaitForSentMessagesAsync(1));
        var answered = Assert.Single(fake.CallsTo("answerCallbackQuery"));
        Assert.True(answered.Succeeded);
        Assert.Contains("providing nearly 100,000 teaching materials", sent.VisibleText, StringComparison.Ordinal);
        Assert.Contains("<blockquote>", sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SourceButton_FigureFromACitedReport_LinksTheReportWithoutAQuotation()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake);

        fake.EnqueueUpdate(fake.Updates.CallbackQuery(Alice, Alice, "/source national.moocs"));

        var sent = Assert.Single(await fake.WaitForSentMessagesAsync(1));
        Assert.DoesNotContain("<blockquote>", sent.Text, StringComparison.Ordinal);
        Assert.Contains("<a href=\"http://en.people.cn/n3/2024/1213/c90000-20253499.html\">Source: reported by Xinhua (People's Daily Online), 13 Dec 2024</a>", sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ButtonWithoutUsableData_IsStillAnswered()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake);

        fake.EnqueueUpdate(fake.Updates.CallbackQuery(Alice, Alice, "/nonsense-that-no-command-handles@elsewhere", group: true));

        await fake.WaitForCallsAsync("answerCallbackQuery");
        Assert.True(Assert.Single(fake.CallsTo("answerCallbackQuery")).Succeeded);
    }

    [Fact]
    public async Task StartDeepLink_WithAFactPayload_AnswersThatFact()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake);

        fake.EnqueueUpdate(fake.Updates.PrivateText(Alice, "/start national_registered-users"));

        var sent = Assert.Single(await fake.WaitForSentMessagesAsync(1));
        Assert.Contains("483 million", sent.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartUp_SetsTheCommandMenu_ForPrivateAndGroupChats()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake);

        var menus = fake.Commands;
        var router = host.Services.GetRequiredService<ConversationRouter>();
        var listed = router.Commands.Where(c => c.Listed).Select(c => c.Name).ToList();
        Assert.Equal(["all_group_chats", "all_group_chats/zh", "default", "default/zh"], menus.Keys.Order(StringComparer.Ordinal));
        Assert.All(menus.Values, menu => Assert.Equal(listed, menu.Select(c => c!["command"]!.GetValue<string>())));
        Assert.Contains("help", listed);
        Assert.DoesNotContain("start", listed);
        Assert.Empty(fake.CallsTo("setWebhook"));
        Assert.Single(fake.CallsTo("deleteWebhook"));
    }

    [Fact]
    public async Task StartUp_SetsAChineseCommandMenu_WithChineseDescriptions()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake);
        await fake.WaitForCallsAsync("setMyCommands", 4);

        var chinese = fake.Commands["default/zh"];
        var english = fake.Commands["default"];

        Assert.Equal(english.Select(c => c!["command"]!.GetValue<string>()), chinese.Select(c => c!["command"]!.GetValue<string>()));
        Assert.Equal("怎么提问，以及我懂的命令", chinese.Single(c => c!["command"]!.GetValue<string>() == "help")!["description"]!.GetValue<string>());
        Assert.Equal("How to ask and the commands I know", english.Single(c => c!["command"]!.GetValue<string>() == "help")!["description"]!.GetValue<string>());
    }

    [Fact]
    public async Task ChineseUserOnAuto_GetsHelpInChinese()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake);

        fake.EnqueueUpdate(fake.Updates.PrivateText(Alice, "/help", languageCode: "zh-hans"));

        var sent = Assert.Single(await fake.WaitForSentMessagesAsync(1));
        Assert.Contains("直接问我中国慕课的数据", sent.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ChineseUserOnAuto_GetsTheHeadlineFiguresInChinese()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake);

        fake.EnqueueUpdate(fake.Updates.PrivateText(Alice, "/stats", languageCode: "zh-hans"));

        var sent = Assert.Single(await fake.WaitForSentMessagesAsync(1));
        Assert.StartsWith("中国慕课主要数据", sent.VisibleText, StringComparison.Ordinal);
        Assert.Contains("超过9.7万门（2024年12月，新华社） — 中国的慕课（大规模开放在线课程）数量", sent.VisibleText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OneFailingUpdate_DoesNotStopPolling()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake);
        fake.FailNext("answerInlineQuery", FakeFailure.BadRequest("QUERY_ID_INVALID"));

        var failing = fake.EnqueueUpdate(fake.Updates.InlineQuery(Alice, "moocs"));
        fake.EnqueueUpdate(fake.Updates.PrivateText(Bob, "how many moocs?"));

        Assert.Single(await fake.WaitForSentMessagesAsync(1));
        var failure = await host.Logs.WaitForFailedAnswerAsync();
        Assert.Equal(LogLevel.Error, failure.Level);
        Assert.Equal($"Answering update {failing} on telegram failed", failure.Message);
    }

    [Fact]
    public async Task PollingConflict_IsLoggedClearly_ThenPollingResumes()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        fake.FailNext("getUpdates", FakeFailure.Conflict());
        await using var host = await TelegramTestHost.StartAsync(fake);

        fake.EnqueueUpdate(fake.Updates.PrivateText(Alice, "how many moocs?"));

        Assert.Single(await fake.WaitForSentMessagesAsync(1));
        var warning = await host.Logs.WaitForEventAsync(2);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("409 Conflict", warning.Message, StringComparison.Ordinal);
        Assert.Contains("another instance of this bot is polling", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BlockedByTheUser_IsRecorded_SoNoticesSkipTheChat()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake);
        var notices = host.Services.GetServices<IChatSender>().Single(s => s.Platform == "telegram");
        var notice = new Reply { Blocks = [ReplyBlock.Text("The number of MOOCs changed.")] };
        fake.BlockChat(Alice);

        fake.EnqueueUpdate(fake.Updates.PrivateText(Alice, "how many moocs?"));
        await host.Logs.WaitForEventAsync(17);
        var first = await notices.SendAsync(Alice.ToString(System.Globalization.CultureInfo.InvariantCulture), notice, CancellationToken.None);

        Assert.Equal(SendOutcome.ChatGone, first.Outcome);
        Assert.Single(fake.CallsTo("sendMessage"));
        Assert.Empty(fake.SentMessages);

        // Writing again means the user unblocked the bot.
        fake.UnblockChat(Alice);
        fake.EnqueueUpdate(fake.Updates.PrivateText(Alice, "how many moocs?"));
        await fake.WaitForSentMessagesAsync(1);
        var second = await notices.SendAsync(Alice.ToString(System.Globalization.CultureInfo.InvariantCulture), notice, CancellationToken.None);
        Assert.Equal(SendOutcome.Sent, second.Outcome);
    }

    [Fact]
    public async Task ManyChatsAtOnce_EachChatAnsweredInOrder()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake, settings: new Dictionary<string, string?> { ["Telegram:MaxConcurrentUpdates"] = "4" });
        var questions = new[] { "how many moocs?", "how many registered users?", "/stats", "/topics", "/about" };
        var updates = Enumerable.Range(0, 8)
            .SelectMany(chat => questions.Select(q => fake.Updates.GroupText(Group - chat, Alice + chat, "@MoocTestBot " + q)))
            .ToList();
        fake.EnqueueUpdates(updates);

        var sent = await fake.WaitForSentMessagesAsync(updates.Count);

        foreach (var chat in sent.GroupBy(m => m.ChatId))
        {
            var asked = updates.Where(u => (long)u["message"]!["chat"]!["id"]! == chat.Key).Select(MessageId);
            Assert.Equal(asked, chat.Select(m => m.ReplyToMessageId));
        }
    }

    private static int? MessageId(System.Text.Json.Nodes.JsonObject update) => (int?)update["message"]!["message_id"];
}
