using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;

namespace MoocBot.Telegram.Tests.Fakes;

/// <summary>The fake speaks the Bot API protocol; other tests and the load run rely on it.</summary>
public sealed class FakeBotApiServerTests
{
    [Fact]
    public async Task Request_WrongToken_Is401InTelegramsFormat()
    {
        await using var fake = await FakeBotApiServer.StartAsync();

        var (status, body) = await CallAsync(fake, "getMe", token: "1:wrong");

        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.False((bool)body["ok"]!);
        Assert.Equal(401, (int)body["error_code"]!);
        Assert.Equal("Unauthorized", (string?)body["description"]);
    }

    [Fact]
    public async Task GetUpdates_Offset_ConfirmsEarlierUpdates()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        var first = fake.EnqueueUpdate(fake.Updates.PrivateText(1, "a"));
        fake.EnqueueUpdate(fake.Updates.PrivateText(1, "b"));
        var third = fake.EnqueueUpdate(fake.Updates.PrivateText(1, "c"));

        var all = (JsonArray)(await CallAsync(fake, "getUpdates")).Body["result"]!;
        var fromThird = (JsonArray)(await CallAsync(fake, "getUpdates", new() { ["offset"] = third })).Body["result"]!;
        var again = (JsonArray)(await CallAsync(fake, "getUpdates")).Body["result"]!;

        Assert.Equal(3, all.Count);
        Assert.Equal(first, (int)all[0]!["update_id"]!);
        Assert.Equal(third, (int)Assert.Single(fromThird)!["update_id"]!);
        Assert.Equal(third, (int)Assert.Single(again)!["update_id"]!);
        Assert.Equal(1, fake.PendingUpdateCount);
    }

    [Fact]
    public async Task GetUpdates_NegativeOffset_KeepsOnlyTheLast()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        fake.EnqueueUpdate(fake.Updates.PrivateText(1, "a"));
        var last = fake.EnqueueUpdate(fake.Updates.PrivateText(1, "b"));

        var result = (JsonArray)(await CallAsync(fake, "getUpdates", new() { ["offset"] = -1 })).Body["result"]!;

        Assert.Equal(last, (int)Assert.Single(result)!["update_id"]!);
    }

    [Fact]
    public async Task GetUpdates_LongPoll_ReturnsAsSoonAsAnUpdateArrives()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        var poll = CallAsync(fake, "getUpdates", new() { ["timeout"] = 50 });
        await fake.WaitForPollsAsync();

        fake.EnqueueUpdate(fake.Updates.InlineQuery(1, "moocs"));

        var result = (JsonArray)(await poll).Body["result"]!;
        Assert.Equal("moocs", (string?)Assert.Single(result)!["inline_query"]!["query"]);
    }

    [Fact]
    public async Task GetUpdates_SecondPoller_TerminatesTheFirstWith409()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        var first = CallAsync(fake, "getUpdates", new() { ["timeout"] = 50 });
        await fake.WaitForPollsAsync();

        var second = CallAsync(fake, "getUpdates", new() { ["timeout"] = 50 });
        var (status, body) = await first;
        fake.EnqueueUpdate(fake.Updates.PrivateText(1, "a"));
        await second;

        Assert.Equal(HttpStatusCode.Conflict, status);
        Assert.StartsWith("Conflict: terminated by other getUpdates request", (string?)body["description"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessage_FormBody_IsReadLikeJson()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        using var http = new HttpClient();
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["chat_id"] = "-100",
            ["text"] = "<b>62,000</b>",
            ["parse_mode"] = "HTML",
            ["reply_markup"] = """{"inline_keyboard":[[{"text":"Source","callback_data":"/source national.moocs"}]]}""",
        });

        using var response = await http.PostAsync(new Uri($"{fake.BaseUrl}/bot{fake.Token}/sendMessage"), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(fake.SentMessages);
        Assert.Equal("62,000", sent.VisibleText);
        Assert.Equal(("Source", "/source national.moocs"), sent.Buttons.Single().Single());
    }

    [Theory]
    [InlineData("<b>unclosed", "Bad Request: can't parse entities: Can't find end tag")]
    [InlineData(" ", "Bad Request: message text is empty")]
    public async Task SendMessage_BadText_IsRefusedAsTelegramDoes(string text, string description)
    {
        await using var fake = await FakeBotApiServer.StartAsync();

        var (status, body) = await CallAsync(fake, "sendMessage", new() { ["chat_id"] = 1, ["text"] = text, ["parse_mode"] = "HTML" });

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(description, (string?)body["description"], StringComparison.Ordinal);
        Assert.Empty(fake.SentMessages);
    }

    [Fact]
    public async Task SendMessage_CallbackDataOver64Bytes_IsRefused()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        var markup = new JsonObject { ["inline_keyboard"] = new JsonArray(new JsonArray(new JsonObject { ["text"] = "x", ["callback_data"] = new string('a', 65) })) };

        var (_, body) = await CallAsync(fake, "sendMessage", new() { ["chat_id"] = 1, ["text"] = "x", ["reply_markup"] = markup });

        Assert.Equal("Bad Request: BUTTON_DATA_INVALID", (string?)body["description"]);
    }

    [Fact]
    public async Task SendMessage_RateLimits_429UntilTheWindowPasses()
    {
        var time = new FakeTimeProvider();
        await using var fake = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { PerChatMessagesPerSecond = 1, GlobalMessagesPerSecond = 3, TimeProvider = time });

        var first = await CallAsync(fake, "sendMessage", new() { ["chat_id"] = 1, ["text"] = "a" });
        var sameChat = await CallAsync(fake, "sendMessage", new() { ["chat_id"] = 1, ["text"] = "b" });
        var otherChats = new[]
        {
            await CallAsync(fake, "sendMessage", new() { ["chat_id"] = 2, ["text"] = "c" }),
            await CallAsync(fake, "sendMessage", new() { ["chat_id"] = 3, ["text"] = "d" }),
            await CallAsync(fake, "sendMessage", new() { ["chat_id"] = 4, ["text"] = "e" }),
        };
        time.Advance(TimeSpan.FromSeconds(1));
        var later = await CallAsync(fake, "sendMessage", new() { ["chat_id"] = 1, ["text"] = "f" });

        Assert.Equal(HttpStatusCode.OK, first.Status);
        Assert.Equal(HttpStatusCode.TooManyRequests, sameChat.Status);
        Assert.Equal(1, (int)sameChat.Body["parameters"]!["retry_after"]!);
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], otherChats.Select(r => r.Status));
        Assert.Equal(HttpStatusCode.OK, later.Status);
        Assert.Equal(["a", "c", "d", "f"], fake.SentMessages.Select(m => m.Text));
    }

    [Fact]
    public async Task SendMessage_GroupOverTwentyAMinute_429WithTheWaitUntilTheOldestLeaves()
    {
        var time = new FakeTimeProvider();
        await using var fake = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { GroupMessagesPerMinute = 20, TimeProvider = time });
        for (var i = 0; i < 20; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await CallAsync(fake, "sendMessage", new() { ["chat_id"] = -100, ["text"] = "n" + i })).Status);
            time.Advance(TimeSpan.FromSeconds(1));
        }

        var limited = await CallAsync(fake, "sendMessage", new() { ["chat_id"] = -100, ["text"] = "over" });
        var privateChat = await CallAsync(fake, "sendMessage", new() { ["chat_id"] = 100, ["text"] = "private" });
        time.Advance(TimeSpan.FromSeconds(40));
        var later = await CallAsync(fake, "sendMessage", new() { ["chat_id"] = -100, ["text"] = "later" });

        Assert.Equal(HttpStatusCode.TooManyRequests, limited.Status);
        Assert.Equal(40, (int)limited.Body["parameters"]!["retry_after"]!);
        Assert.Equal(HttpStatusCode.OK, privateChat.Status);
        Assert.Equal(HttpStatusCode.OK, later.Status);
        Assert.Equal(1, fake.RateLimitedCount);
        Assert.Equal(TimeSpan.FromSeconds(60), fake.SentMessages[^1].SentAt - fake.SentMessages[0].SentAt);
    }

    [Fact]
    public async Task FailNext_AnswersInOrderThenRecovers()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        fake.FailNext("getMe", FakeFailure.ServerError(500));
        fake.FailNext("getMe", FakeFailure.TooManyRequests(5));

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add((await CallAsync(fake, "getMe")).Status);
        }

        Assert.Equal([HttpStatusCode.InternalServerError, HttpStatusCode.TooManyRequests, HttpStatusCode.OK], statuses);
    }

    [Fact]
    public async Task InjectFailure_FailedSendMessage_IsNotRecordedAsSent()
    {
        var observed = new List<string>();
        await using var fake = await FakeBotApiServer.StartAsync(new FakeBotApiOptions
        {
            InjectFailure = (method, parameters) => method == "sendMessage" && (string?)parameters["text"] == "fail" ? FakeFailure.ServerError(502) : null,
            MessageSent = sent => observed.Add(sent.Text),
        });

        var failed = await CallAsync(fake, "sendMessage", new() { ["chat_id"] = 1, ["text"] = "fail" });
        var sent = await CallAsync(fake, "sendMessage", new() { ["chat_id"] = 1, ["text"] = "ok" });

        Assert.Equal(HttpStatusCode.BadGateway, failed.Status);
        Assert.Equal(HttpStatusCode.OK, sent.Status);
        Assert.Equal(["ok"], fake.SentMessages.Select(m => m.Text));
        Assert.Equal(["ok"], observed);
    }

    [Fact]
    public async Task SendMessage_RecordSentMessagesOff_StillCountsForWaiters()
    {
        await using var fake = await FakeBotApiServer.StartAsync(new FakeBotApiOptions { RecordSentMessages = false });

        await CallAsync(fake, "sendMessage", new() { ["chat_id"] = 1, ["text"] = "a" });
        await CallAsync(fake, "sendMessage", new() { ["chat_id"] = 1, ["text"] = "b" });

        Assert.Empty(await fake.WaitForSentMessagesAsync(2));
    }

    [Fact]
    public async Task AnswerCallbackQuery_UnknownOrRepeated_IsRefused()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        var update = fake.Updates.CallbackQuery(1, 1, "/help");
        fake.EnqueueUpdate(update);
        var id = (string)update["callback_query"]!["id"]!;

        var once = await CallAsync(fake, "answerCallbackQuery", new() { ["callback_query_id"] = id });
        var twice = await CallAsync(fake, "answerCallbackQuery", new() { ["callback_query_id"] = id });

        Assert.Equal(HttpStatusCode.OK, once.Status);
        Assert.Equal(HttpStatusCode.BadRequest, twice.Status);
    }

    [Fact]
    public async Task EditMessageReplyMarkup_ReplacesTheButtonsOfASentMessage()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        var sent = await CallAsync(fake, "sendMessage", new() { ["chat_id"] = 1, ["text"] = "x", ["reply_markup"] = Keyboard("Old") });
        var messageId = (int)sent.Body["result"]!["message_id"]!;

        var edited = await CallAsync(fake, "editMessageReplyMarkup", new() { ["chat_id"] = 1, ["message_id"] = messageId, ["reply_markup"] = Keyboard("New") });
        var missing = await CallAsync(fake, "editMessageReplyMarkup", new() { ["chat_id"] = 1, ["message_id"] = 999 });

        Assert.Equal(HttpStatusCode.OK, edited.Status);
        Assert.Equal("New", Assert.Single(fake.SentMessages).Buttons.Single().Single().Text);
        Assert.Equal("Bad Request: message to edit not found", (string?)missing.Body["description"]);
    }

    private static JsonObject Keyboard(string label) =>
        new() { ["inline_keyboard"] = new JsonArray(new JsonArray(new JsonObject { ["text"] = label, ["callback_data"] = "/help" })) };

    private static async Task<(HttpStatusCode Status, JsonObject Body)> CallAsync(FakeBotApiServer fake, string method, JsonObject? parameters = null, string? token = null)
    {
        using var http = new HttpClient();
        using var content = new StringContent((parameters ?? []).ToJsonString(), System.Text.Encoding.UTF8, "application/json");
        using var response = await http.PostAsync(new Uri($"{fake.BaseUrl}/bot{token ?? fake.Token}/{method}"), content);
        var body = (JsonObject)JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        return (response.StatusCode, body);
    }
}
