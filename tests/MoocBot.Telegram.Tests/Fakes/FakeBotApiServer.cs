using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MoocBot.Telegram.Tests.Fakes;

/// <summary>
/// A Telegram Bot API server on 127.0.0.1 (random port) that speaks the real protocol: POST or GET
/// /bot&lt;token&gt;/&lt;method&gt; with JSON, form or query parameters, answering {"ok":true,"result":…} or
/// {"ok":false,"error_code":…,"description":…,"parameters":…}. Drive it with <see cref="EnqueueUpdate"/>,
/// script failures with <see cref="FailNext"/>, and await what the bot did with the WaitFor methods.
/// </summary>
public sealed partial class FakeBotApiServer : IAsyncDisposable
{
    /// <summary>Telegram's limit for message text, counted after entity parsing.</summary>
    public const int MaxMessageLength = 4096;

    /// <summary>Telegram's limit for a photo's caption, counted after entity parsing.</summary>
    public const int MaxCaptionLength = 1024;

    /// <summary>Telegram's limit for a photo uploaded with sendPhoto.</summary>
    public const int MaxPhotoBytes = 10 * 1024 * 1024;

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private const int MaxCallbackDataBytes = 64;

    private readonly WebApplication _app;
    private readonly HttpClient _webhookClient = new();
    private readonly Lock _lock = new();
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<(long Id, JsonObject Update)> _pending = [];
    private readonly Dictionary<long, string> _rawUpdates = [];
    private readonly List<FakeApiCall> _calls = [];
    private readonly Dictionary<string, int> _callCounts = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<FakeSentMessage> _sent = [];
    private readonly List<FakeInlineAnswer> _inlineAnswers = [];
    private readonly Dictionary<string, Queue<FakeFailure>> _scripted = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<long> _blockedChats = [];
    private readonly Dictionary<(long Chat, long User), string> _memberStatus = [];
    private readonly Dictionary<long, string> _chatTypes = [];
    private readonly HashSet<string> _openCallbackQueries = new(StringComparer.Ordinal);
    private readonly HashSet<string> _openInlineQueries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, JsonArray> _commands = new(StringComparer.Ordinal);
    private readonly List<(Func<bool> IsSatisfied, TaskCompletionSource Signal)> _waiters = [];
    private readonly Queue<DateTimeOffset> _globalWindow = new();
    private readonly Dictionary<long, Queue<DateTimeOffset>> _chatWindows = [];
    private readonly Dictionary<long, Queue<DateTimeOffset>> _groupWindows = [];
    private TaskCompletionSource _updatesArrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource<string>? _activePollTerminated;
    private int _pollsReceived;
    private int _sentCount;
    private int _rateLimited;
    private int _nextUpdateId = 1;
    private int _nextMessageId = 1;

    private FakeBotApiServer(WebApplication app, FakeBotApiOptions options)
    {
        _app = app;
        Options = options;
        Updates = new FakeUpdates(options);
        BaseUrl = string.Empty;
    }

    /// <summary>How this server behaves.</summary>
    public FakeBotApiOptions Options { get; }

    /// <summary>"http://127.0.0.1:port": the value for Telegram:ApiBaseUrl.</summary>
    public string BaseUrl { get; private set; }

    /// <summary>The token the server accepts (Telegram:BotToken).</summary>
    public string Token => Options.Token;

    /// <summary>Builders for realistic updates.</summary>
    public FakeUpdates Updates { get; }

    /// <summary>The webhook address set by setWebhook, or null.</summary>
    public string? WebhookUrl { get; private set; }

    /// <summary>The secret token set by setWebhook, or null.</summary>
    public string? WebhookSecret { get; private set; }

    /// <summary>Every call received so far (when <see cref="FakeBotApiOptions.RecordCalls"/>).</summary>
    public IReadOnlyList<FakeApiCall> Calls
    {
        get
        {
            lock (_lock)
            {
                return [.. _calls];
            }
        }
    }

    /// <summary>Every message sent so far, in order.</summary>
    public IReadOnlyList<FakeSentMessage> SentMessages
    {
        get
        {
            lock (_lock)
            {
                return [.. _sent];
            }
        }
    }

    /// <summary>Every answer to an inline query so far.</summary>
    public IReadOnlyList<FakeInlineAnswer> InlineAnswers
    {
        get
        {
            lock (_lock)
            {
                return [.. _inlineAnswers];
            }
        }
    }

    /// <summary>The command menus set by setMyCommands, by scope type and language ("default", "all_group_chats/zh", ...).</summary>
    public IReadOnlyDictionary<string, JsonArray> Commands
    {
        get
        {
            lock (_lock)
            {
                return _commands.ToDictionary(p => p.Key, p => (JsonArray)p.Value.DeepClone(), StringComparer.Ordinal);
            }
        }
    }

    /// <summary>How many sendMessage calls the configured rate limits answered with 429 (scripted 429s not counted).</summary>
    public int RateLimitedCount
    {
        get
        {
            lock (_lock)
            {
                return _rateLimited;
            }
        }
    }

    /// <summary>Updates not yet confirmed by a getUpdates offset.</summary>
    public int PendingUpdateCount
    {
        get
        {
            lock (_lock)
            {
                return _pending.Count;
            }
        }
    }

    /// <summary>Starts a server on 127.0.0.1 with a random port.</summary>
    public static async Task<FakeBotApiServer> StartAsync(FakeBotApiOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new FakeBotApiOptions();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new FakeBotApiServer(app, options);
        app.Run(server.HandleAsync);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        server.BaseUrl = address.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);
        return server;
    }

    /// <summary>Queues an update for getUpdates; assigns update_id when missing and returns it.</summary>
    public int EnqueueUpdate(JsonObject update)
    {
        ArgumentNullException.ThrowIfNull(update);
        lock (_lock)
        {
            var id = Register(update);
            _pending.Add((id, update));
            SignalUpdates();
            return id;
        }
    }

    /// <summary>
    /// Queues an update whose JSON text is <paramref name="update"/> with <paramref name="find"/> replaced by <paramref name="raw"/>:
    /// for what a JsonObject cannot hold, such as a lone surrogate escape ("\ud800"). Returns its update_id.
    /// </summary>
    public int EnqueueRawUpdate(JsonObject update, string find, string raw)
    {
        ArgumentNullException.ThrowIfNull(update);
        lock (_lock)
        {
            var id = Register(update);
            var text = update.ToJsonString();
            var at = text.IndexOf(find, StringComparison.Ordinal);
            if (at < 0)
            {
                throw new ArgumentException($"'{find}' is not in the update's JSON", nameof(find));
            }

            _rawUpdates[id] = string.Concat(text.AsSpan(0, at), raw, text.AsSpan(at + find.Length));
            _pending.Add((id, update));
            SignalUpdates();
            return id;
        }
    }

    /// <summary>Queues many updates at once (one wake-up for the long poll).</summary>
    public void EnqueueUpdates(IEnumerable<JsonObject> updates)
    {
        ArgumentNullException.ThrowIfNull(updates);
        lock (_lock)
        {
            foreach (var update in updates)
            {
                _pending.Add((Register(update), update));
            }

            SignalUpdates();
        }
    }

    /// <summary>Answers the next <paramref name="times"/> calls of <paramref name="method"/> with <paramref name="failure"/>.</summary>
    public void FailNext(string method, FakeFailure failure, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(failure);
        lock (_lock)
        {
            if (!_scripted.TryGetValue(method, out var queue))
            {
                _scripted[method] = queue = new Queue<FakeFailure>();
            }

            for (var i = 0; i < times; i++)
            {
                queue.Enqueue(failure);
            }
        }
    }

    /// <summary>From now on, sending to <paramref name="chatId"/> fails with 403 "bot was blocked by the user".</summary>
    public void BlockChat(long chatId)
    {
        lock (_lock)
        {
            _blockedChats.Add(chatId);
        }
    }

    /// <summary>Undoes <see cref="BlockChat"/>.</summary>
    public void UnblockChat(long chatId)
    {
        lock (_lock)
        {
            _blockedChats.Remove(chatId);
        }
    }

    /// <summary>What getChatMember reports for a user: "creator", "administrator", "member" (the default), "restricted", "left" or "kicked".</summary>
    public void SetChatMemberStatus(long chatId, long userId, string status)
    {
        lock (_lock)
        {
            _memberStatus[(chatId, userId)] = status;
        }
    }

    /// <summary>The calls made to one method so far.</summary>
    public IReadOnlyList<FakeApiCall> CallsTo(string method)
    {
        lock (_lock)
        {
            return [.. _calls.Where(c => string.Equals(c.Method, method, StringComparison.OrdinalIgnoreCase))];
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> messages were sent; returns them all.</summary>
    public async Task<IReadOnlyList<FakeSentMessage>> WaitForSentMessagesAsync(int count, CancellationToken cancellationToken = default)
    {
        await WaitUntilAsync(() => _sentCount >= count, $"{count} sent messages", cancellationToken);
        return SentMessages;
    }

    /// <summary>Waits until <paramref name="method"/> was called at least <paramref name="count"/> times (failures included); returns those calls.</summary>
    public async Task<IReadOnlyList<FakeApiCall>> WaitForCallsAsync(string method, int count = 1, CancellationToken cancellationToken = default)
    {
        await WaitUntilAsync(() => _callCounts.GetValueOrDefault(method) >= count, $"{count} {method} calls", cancellationToken);
        return CallsTo(method);
    }

    /// <summary>Waits until at least <paramref name="count"/> getUpdates requests arrived (a long poll counts as soon as it waits).</summary>
    public Task WaitForPollsAsync(int count = 1, CancellationToken cancellationToken = default) =>
        WaitUntilAsync(() => _pollsReceived >= count, $"{count} getUpdates requests", cancellationToken);

    /// <summary>Posts an update to a bot's webhook the way Telegram does, with the secret header.</summary>
    public async Task<HttpResponseMessage> DeliverToWebhookAsync(Uri endpoint, JsonObject update, string? secret, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(update);
        lock (_lock)
        {
            Register(update);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint)
        {
            Content = JsonContent.Create(update),
        };
        if (secret is not null)
        {
            request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", secret);
        }

        return await _webhookClient.SendAsync(request, cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        lock (_lock)
        {
            _activePollTerminated?.TrySetResult("server stopping");
        }

        await _stopping.CancelAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _webhookClient.Dispose();
        _stopping.Dispose();
    }

    private int Register(JsonObject update)
    {
        if (update["update_id"] is null)
        {
            update["update_id"] = _nextUpdateId++;
        }
        else
        {
            _nextUpdateId = Math.Max(_nextUpdateId, (int)(FakeJson.AsLong(update["update_id"]) ?? 0) + 1);
        }

        if (FakeJson.AsString(update["callback_query"]?["id"]) is { } callbackId)
        {
            _openCallbackQueries.Add(callbackId);
        }

        if (FakeJson.AsString(update["inline_query"]?["id"]) is { } inlineId)
        {
            _openInlineQueries.Add(inlineId);
        }

        foreach (var chat in new[] { update["message"]?["chat"], update["channel_post"]?["chat"], update["callback_query"]?["message"]?["chat"] })
        {
            if (FakeJson.AsLong(chat?["id"]) is { } chatId && FakeJson.AsString(chat?["type"]) is { } type)
            {
                _chatTypes[chatId] = type;
            }
        }

        return (int)FakeJson.AsLong(update["update_id"])!.Value;
    }

    private void SignalUpdates()
    {
        var arrived = _updatesArrived;
        _updatesArrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        arrived.TrySetResult();
    }

    private async Task WaitUntilAsync(Func<bool> condition, string what, CancellationToken cancellationToken)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (condition())
            {
                return;
            }

            _waiters.Add((condition, signal));
        }

        try
        {
            await signal.Task.WaitAsync(Options.WaitTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            lock (_lock)
            {
                _waiters.Remove((condition, signal));
                var seen = string.Join(", ", _callCounts.Select(p => $"{p.Key}×{p.Value}"));
                throw new TimeoutException($"Waited {Options.WaitTimeout} for {what}; calls so far: {seen}; sent: {_sentCount}.");
            }
        }
    }

    private void Record(FakeApiCall call, FakeSentMessage? sent = null)
    {
        lock (_lock)
        {
            if (Options.RecordCalls)
            {
                _calls.Add(call);
            }

            _callCounts[call.Method] = _callCounts.GetValueOrDefault(call.Method) + 1;
            if (sent is not null)
            {
                _sentCount++;
                if (Options.RecordSentMessages)
                {
                    _sent.Add(sent);
                }
            }

            SignalWaiters();
        }

        if (sent is not null)
        {
            Options.MessageSent?.Invoke(sent);
        }
    }

    private void SignalWaiters()
    {
        for (var i = _waiters.Count - 1; i >= 0; i--)
        {
            if (_waiters[i].IsSatisfied())
            {
                _waiters[i].Signal.TrySetResult();
                _waiters.RemoveAt(i);
            }
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var slash = path.IndexOf('/', 1);
        if (!path.StartsWith("/bot", StringComparison.Ordinal) || slash < 0)
        {
            await WriteAsync(context, Outcome.Fail(404, "Not Found"));
            return;
        }

        var token = path[4..slash];
        var method = path[(slash + 1)..];
        var parameters = await ReadParametersAsync(context.Request);
        if (!string.Equals(token, Options.Token, StringComparison.Ordinal))
        {
            Record(new FakeApiCall(method, parameters, 401, "Unauthorized"));
            await WriteAsync(context, Outcome.Fail(401, "Unauthorized"));
            return;
        }

        FakeFailure? failure = null;
        lock (_lock)
        {
            if (_scripted.TryGetValue(method, out var queue) && queue.Count > 0)
            {
                failure = queue.Dequeue();
            }
        }

        failure ??= Options.InjectFailure?.Invoke(method, parameters);

        if (failure is { Disconnect: true })
        {
            Record(new FakeApiCall(method, parameters, 0, failure.Description));
            context.Abort();
            return;
        }

        Outcome outcome;
        FakeSentMessage? sent = null;
        if (failure is not null && !failure.NoAnswer)
        {
            outcome = Outcome.Fail(failure);
        }
        else
        {
            (outcome, sent) = method.ToLowerInvariant() switch
            {
                "getme" => (Outcome.Ok(Updates.BotUser()), null),
                "getupdates" => (await GetUpdatesAsync(parameters, context.RequestAborted), null),
                "setwebhook" => (SetWebhook(parameters), null),
                "deletewebhook" => (DeleteWebhook(parameters), null),
                "getwebhookinfo" => (GetWebhookInfo(), null),
                "setmycommands" => (SetMyCommands(parameters), null),
                "sendmessage" => SendMessage(parameters),
                "sendphoto" => await SendPhotoAsync(parameters, context.Request),
                "answercallbackquery" => (AnswerQuery(_openCallbackQueries, FakeJson.AsString(parameters["callback_query_id"])), null),
                "answerinlinequery" => (AnswerInlineQuery(parameters), null),
                "editmessagereplymarkup" => (EditMessageReplyMarkup(parameters), null),
                "getchatmember" => (GetChatMember(parameters), null),
                _ => (Outcome.Fail(404, "Not Found: method not found"), null),
            };
        }

        if (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }

        if (failure is { NoAnswer: true })
        {
            Record(new FakeApiCall(method, parameters, 0, failure.Description), sent);
            await HoldUntilAbandonedAsync(context.RequestAborted);
            return;
        }

        Record(new FakeApiCall(method, parameters, outcome.StatusCode, outcome.Failure?.Description), sent);
        await WriteAsync(context, outcome);
    }

    /// <summary>Waits until the client gives up on the request or the server stops.</summary>
    private async Task HoldUntilAbandonedAsync(CancellationToken aborted)
    {
        using var either = CancellationTokenSource.CreateLinkedTokenSource(aborted, _stopping.Token);
        try
        {
            await either.Token.WhenCancelled();
        }
        catch (OperationCanceledException)
        {
            // The client timed out, or the test is over.
        }
    }

    private static async Task<JsonObject> ReadParametersAsync(HttpRequest request)
    {
        var parameters = new JsonObject();
        foreach (var (key, value) in request.Query)
        {
            parameters[key] = value.ToString();
        }

        if (request.HasJsonContentType())
        {
            try
            {
                if (await JsonNode.ParseAsync(request.Body, cancellationToken: request.HttpContext.RequestAborted) is JsonObject body)
                {
                    foreach (var (key, value) in body)
                    {
                        parameters[key] = value?.DeepClone();
                    }
                }
            }
            catch (JsonException)
            {
                // Telegram ignores a body it cannot read; the method then reports what is missing.
            }
        }
        else if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
            foreach (var (key, value) in form)
            {
                parameters[key] = value.ToString();
            }
        }

        return parameters;
    }

    private static async Task WriteAsync(HttpContext context, Outcome outcome)
    {
        context.Response.StatusCode = outcome.StatusCode;
        if (outcome.Failure is { HtmlBody: true } page)
        {
            context.Response.ContentType = "text/html";
            await context.Response.WriteAsync($"<html><body><h1>{page.StatusCode} {page.Description}</h1></body></html>", context.RequestAborted);
            return;
        }

        JsonObject body;
        if (outcome.Failure is { } failure)
        {
            body = new JsonObject { ["ok"] = false, ["error_code"] = failure.StatusCode, ["description"] = failure.Description };
            var parameters = new JsonObject();
            if (failure.RetryAfter is { } retryAfter)
            {
                parameters["retry_after"] = retryAfter;
            }

            if (failure.MigrateToChatId is { } newChat)
            {
                parameters["migrate_to_chat_id"] = newChat;
            }

            if (parameters.Count > 0)
            {
                body["parameters"] = parameters;
            }
        }
        else if (outcome.RawResult is { } raw)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync("{\"ok\":true,\"result\":" + raw + "}", context.RequestAborted);
            return;
        }
        else
        {
            body = new JsonObject { ["ok"] = true, ["result"] = outcome.Result };
        }

        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    private async Task<Outcome> GetUpdatesAsync(JsonObject parameters, CancellationToken aborted)
    {
        var offset = FakeJson.AsLong(parameters["offset"]);
        var limit = (int)Math.Clamp(FakeJson.AsLong(parameters["limit"]) ?? 100, 1, 100);
        var timeout = TimeSpan.FromSeconds(Math.Clamp(FakeJson.AsLong(parameters["timeout"]) ?? 0, 0, 50));
        var terminated = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            _pollsReceived++;
            SignalWaiters();
            if (WebhookUrl is not null)
            {
                return Outcome.Fail(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
            }

            _activePollTerminated?.TrySetResult("Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
            _activePollTerminated = terminated;
            Confirm(offset);
        }

        using var expiry = new CancellationTokenSource(timeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(expiry.Token, aborted);
        var expired = linked.Token.WhenCancelled();
        while (true)
        {
            Task arrived;
            lock (_lock)
            {
                var batch = _pending
                    .Where(u => offset is null || offset < 0 || u.Id >= offset)
                    .Take(limit)
                    .ToArray();
                if (batch.Any(u => _rawUpdates.ContainsKey(u.Id)))
                {
                    var texts = batch.Select(u => _rawUpdates.TryGetValue(u.Id, out var raw) ? raw : u.Update.ToJsonString());
                    return Done(Outcome.Ok(null) with { RawResult = "[" + string.Join(',', texts) + "]" });
                }

                if (batch.Length > 0 || timeout == TimeSpan.Zero)
                {
                    return Done(Outcome.Ok(new JsonArray([.. batch.Select(u => u.Update.DeepClone())])));
                }

                arrived = _updatesArrived.Task;
            }

            var first = await Task.WhenAny(arrived, terminated.Task, expired);
            if (first == terminated.Task)
            {
                return Outcome.Fail(409, terminated.Task.Result);
            }

            if (first == expired)
            {
                return Done(Outcome.Ok(new JsonArray()));
            }
        }

        Outcome Done(Outcome result)
        {
            lock (_lock)
            {
                if (_activePollTerminated == terminated)
                {
                    _activePollTerminated = null;
                }
            }

            return result;
        }
    }

    /// <summary>getUpdates offset semantics: updates below a positive offset are confirmed and forgotten; a negative one keeps the last -offset.</summary>
    private void Confirm(long? offset)
    {
        if (offset is null)
        {
            return;
        }

        if (offset < 0)
        {
            var keep = (int)Math.Min(-offset.Value, _pending.Count);
            _pending.RemoveRange(0, _pending.Count - keep);
            return;
        }

        _pending.RemoveAll(u => u.Id < offset);
    }

    private Outcome SetWebhook(JsonObject parameters)
    {
        var url = FakeJson.AsString(parameters["url"]);
        if (string.IsNullOrEmpty(url))
        {
            return DeleteWebhook(parameters);
        }

        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            return Outcome.Fail(400, "Bad Request: bad webhook: An HTTPS URL must be provided for webhook");
        }

        var secret = FakeJson.AsString(parameters["secret_token"]);
        if (secret is not null && !SecretPattern().IsMatch(secret))
        {
            return Outcome.Fail(400, "Bad Request: secret token contains unallowed characters");
        }

        lock (_lock)
        {
            WebhookUrl = url;
            WebhookSecret = secret;
            _activePollTerminated?.TrySetResult("Conflict: terminated by setWebhook request");
            if (FakeJson.AsBool(parameters["drop_pending_updates"]))
            {
                _pending.Clear();
            }
        }

        return Outcome.Ok(true);
    }

    private Outcome DeleteWebhook(JsonObject parameters)
    {
        lock (_lock)
        {
            WebhookUrl = null;
            WebhookSecret = null;
            if (FakeJson.AsBool(parameters["drop_pending_updates"]))
            {
                _pending.Clear();
            }
        }

        return Outcome.Ok(true);
    }

    private Outcome GetWebhookInfo()
    {
        lock (_lock)
        {
            return Outcome.Ok(new JsonObject
            {
                ["url"] = WebhookUrl ?? string.Empty,
                ["has_custom_certificate"] = false,
                ["pending_update_count"] = _pending.Count,
            });
        }
    }

    private Outcome SetMyCommands(JsonObject parameters)
    {
        if (FakeJson.AsStructure(parameters["commands"]) is not JsonArray commands || commands.Count > 100)
        {
            return Outcome.Fail(400, "Bad Request: commands must be an array of at most 100 commands");
        }

        foreach (var command in commands)
        {
            var name = FakeJson.AsString(command?["command"]) ?? string.Empty;
            var description = FakeJson.AsString(command?["description"]) ?? string.Empty;
            if (!CommandPattern().IsMatch(name))
            {
                return Outcome.Fail(400, "Bad Request: BOT_COMMAND_INVALID");
            }

            if (description.Length is < 1 or > 256)
            {
                return Outcome.Fail(400, "Bad Request: command description must be 1-256 characters");
            }
        }

        var scope = FakeJson.AsString(FakeJson.AsStructure(parameters["scope"])?["type"]) ?? "default";
        if (FakeJson.AsString(parameters["language_code"]) is { Length: > 0 } languageCode)
        {
            // Telegram takes a two-letter ISO 639-1 code, or none for every language without its own menu.
            if (languageCode.Length != 2 || !languageCode.All(char.IsAsciiLetterLower))
            {
                return Outcome.Fail(400, "Bad Request: LANGUAGE_CODE_INVALID");
            }

            scope += "/" + languageCode;
        }

        lock (_lock)
        {
            _commands[scope] = (JsonArray)commands.DeepClone();
        }

        return Outcome.Ok(true);
    }

    private (Outcome, FakeSentMessage?) SendMessage(JsonObject parameters)
    {
        if (FakeJson.AsLong(parameters["chat_id"]) is not { } chatId)
        {
            return (Outcome.Fail(400, "Bad Request: chat not found"), null);
        }

        var text = FakeJson.AsString(parameters["text"]);
        if (string.IsNullOrWhiteSpace(text))
        {
            return (Outcome.Fail(400, "Bad Request: message text is empty"), null);
        }

        var parseMode = FakeJson.AsString(parameters["parse_mode"]);
        if (Parse(text, parseMode) is not { } visible)
        {
            return (Outcome.Fail(400, "Bad Request: can't parse entities: " + ParseError(text)), null);
        }

        if (visible.Trim().Length == 0)
        {
            return (Outcome.Fail(400, "Bad Request: message text is empty"), null);
        }

        if (visible.Length > MaxMessageLength)
        {
            return (Outcome.Fail(400, "Bad Request: message is too long"), null);
        }

        var previewOptions = FakeJson.AsStructure(parameters["link_preview_options"]);
        return Accept(chatId, parameters, new FakeSentMessage(chatId, 0, text, visible, parseMode)
        {
            LinkPreviewDisabled = FakeJson.AsBool(previewOptions?["is_disabled"]) || FakeJson.AsBool(parameters["disable_web_page_preview"]),
        });
    }

    /// <summary>
    /// sendPhoto as Telegram takes an upload: multipart/form-data whose "photo" is the file part itself or
    /// "attach://&lt;part name&gt;"; the caption (0-1024 characters after parsing) may use parse_mode.
    /// </summary>
    private async Task<(Outcome, FakeSentMessage?)> SendPhotoAsync(JsonObject parameters, HttpRequest request)
    {
        if (FakeJson.AsLong(parameters["chat_id"]) is not { } chatId)
        {
            return (Outcome.Fail(400, "Bad Request: chat not found"), null);
        }

        var files = request.HasFormContentType ? (await request.ReadFormAsync(request.HttpContext.RequestAborted)).Files : null;
        var reference = FakeJson.AsString(parameters["photo"]);
        var file = reference is not null && reference.StartsWith("attach://", StringComparison.Ordinal)
            ? files?.GetFile(reference["attach://".Length..])
            : files?.GetFile("photo");
        if (file is null)
        {
            return (Outcome.Fail(400, reference is null
                ? "Bad Request: there is no photo in the request"
                : "Bad Request: wrong remote file identifier specified: Wrong string length"), null);
        }

        if (file.Length > MaxPhotoBytes)
        {
            return (Outcome.Fail(400, "Bad Request: PHOTO_INVALID_DIMENSIONS"), null);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, request.HttpContext.RequestAborted);
        var photo = buffer.ToArray();
        if (!photo.AsSpan().StartsWith(PngSignature) && !photo.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return (Outcome.Fail(400, "Bad Request: IMAGE_PROCESS_FAILED"), null);
        }

        var caption = FakeJson.AsString(parameters["caption"]) ?? string.Empty;
        var parseMode = FakeJson.AsString(parameters["parse_mode"]);
        if (Parse(caption, parseMode) is not { } visible)
        {
            return (Outcome.Fail(400, "Bad Request: can't parse entities: " + ParseError(caption)), null);
        }

        if (visible.Length > MaxCaptionLength)
        {
            return (Outcome.Fail(400, "Bad Request: message caption is too long"), null);
        }

        return Accept(chatId, parameters, new FakeSentMessage(chatId, 0, caption, visible, parseMode)
        {
            Photo = photo,
            PhotoFileName = file.FileName,
        });
    }

    /// <summary>What a user sees of <paramref name="text"/>, or null when Telegram could not parse its markup.</summary>
    private static string? Parse(string text, string? parseMode) =>
        !string.Equals(parseMode, "HTML", StringComparison.OrdinalIgnoreCase) ? text
        : TelegramHtmlParser.TryParse(text, out var visible, out _) ? visible
        : null;

    private static string ParseError(string text) =>
        TelegramHtmlParser.TryParse(text, out _, out var error) ? string.Empty : error ?? string.Empty;

    /// <summary>The checks every sent message passes (keyboard, blocked chat, rate limits); then it is given an id and recorded.</summary>
    private (Outcome, FakeSentMessage?) Accept(long chatId, JsonObject parameters, FakeSentMessage message)
    {
        var markup = FakeJson.AsStructure(parameters["reply_markup"]);
        if (ValidateKeyboard(markup) is { } keyboardError)
        {
            return (Outcome.Fail(400, keyboardError), null);
        }

        var replyParameters = FakeJson.AsStructure(parameters["reply_parameters"]);
        lock (_lock)
        {
            if (_blockedChats.Contains(chatId))
            {
                return (Outcome.Fail(FakeFailure.BlockedByUser()), null);
            }

            if (TakeRateLimit(chatId) is { } limited)
            {
                return (Outcome.Fail(limited), null);
            }

            var sent = message with
            {
                MessageId = _nextMessageId++,
                SentAt = Options.TimeProvider.GetUtcNow(),
                ReplyMarkup = markup?.DeepClone(),
                ReplyToMessageId = (int?)(FakeJson.AsLong(replyParameters?["message_id"]) ?? FakeJson.AsLong(parameters["reply_to_message_id"])),
                MessageThreadId = (int?)FakeJson.AsLong(parameters["message_thread_id"]),
            };
            return (Outcome.Ok(MessageJson(sent)), sent);
        }
    }

    private static string? ValidateKeyboard(JsonNode? markup)
    {
        if (markup?["inline_keyboard"] is not JsonArray rows)
        {
            return null;
        }

        foreach (var button in rows.OfType<JsonArray>().SelectMany(row => row.OfType<JsonObject>()))
        {
            if (string.IsNullOrWhiteSpace(FakeJson.AsString(button["text"])))
            {
                return "Bad Request: inline keyboard button text is empty";
            }

            var data = FakeJson.AsString(button["callback_data"]);
            if (data is not null && (data.Length == 0 || Encoding.UTF8.GetByteCount(data) > MaxCallbackDataBytes))
            {
                return "Bad Request: BUTTON_DATA_INVALID";
            }
        }

        return null;
    }

    /// <summary>
    /// Telegram's limits, each off unless configured: about 30 messages a second overall, 1 a second per chat,
    /// 20 a minute per group (a negative chat id). An event at t counts until t + window, as in the bot's limiter.
    /// </summary>
    private FakeFailure? TakeRateLimit(long chatId)
    {
        var now = Options.TimeProvider.GetUtcNow();
        if (!_chatWindows.TryGetValue(chatId, out var chatWindow))
        {
            _chatWindows[chatId] = chatWindow = new Queue<DateTimeOffset>();
        }

        Queue<DateTimeOffset>? groupWindow = null;
        if (chatId < 0 && Options.GroupMessagesPerMinute is not null && !_groupWindows.TryGetValue(chatId, out groupWindow))
        {
            _groupWindows[chatId] = groupWindow = new Queue<DateTimeOffset>();
        }

        var second = TimeSpan.FromSeconds(1);
        var retryAfter = Math.Max(
            Math.Max(Exceeded(_globalWindow, Options.GlobalMessagesPerSecond, second), Exceeded(chatWindow, Options.PerChatMessagesPerSecond, second)),
            groupWindow is null ? 0 : Exceeded(groupWindow, Options.GroupMessagesPerMinute, TimeSpan.FromMinutes(1)));
        if (retryAfter > 0)
        {
            _rateLimited++;
            return FakeFailure.TooManyRequests(retryAfter);
        }

        _globalWindow.Enqueue(now);
        chatWindow.Enqueue(now);
        groupWindow?.Enqueue(now);
        return null;

        // 0 when the window has room, else whole seconds until it has (at least 1), as retry_after says.
        int Exceeded(Queue<DateTimeOffset> window, int? limit, TimeSpan length)
        {
            while (window.Count > 0 && window.Peek() + length <= now)
            {
                window.Dequeue();
            }

            return limit is { } max && window.Count >= max
                ? Math.Max(1, (int)Math.Ceiling((window.Peek() + length - now).TotalSeconds))
                : 0;
        }
    }

    private Outcome AnswerQuery(HashSet<string> open, string? queryId)
    {
        lock (_lock)
        {
            return queryId is not null && open.Remove(queryId)
                ? Outcome.Ok(true)
                : Outcome.Fail(400, "Bad Request: query is too old and response timeout expired or query ID is invalid");
        }
    }

    private Outcome AnswerInlineQuery(JsonObject parameters)
    {
        if (FakeJson.AsStructure(parameters["results"]) is not JsonArray results || results.Count > 50)
        {
            return Outcome.Fail(400, "Bad Request: results must be an array of at most 50 results");
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var visibleTexts = new List<string>();
        foreach (var result in results)
        {
            var id = FakeJson.AsString(result?["id"]) ?? string.Empty;
            if (id.Length == 0 || Encoding.UTF8.GetByteCount(id) > 64)
            {
                return Outcome.Fail(400, "Bad Request: RESULT_ID_INVALID");
            }

            if (!ids.Add(id))
            {
                return Outcome.Fail(400, "Bad Request: RESULT_ID_DUPLICATE");
            }

            if (string.IsNullOrWhiteSpace(FakeJson.AsString(result?["title"])))
            {
                return Outcome.Fail(400, "Bad Request: RESULT_TITLE_EMPTY");
            }

            var content = result?["input_message_content"];
            var text = FakeJson.AsString(content?["message_text"]) ?? string.Empty;
            var visible = text;
            if (string.Equals(FakeJson.AsString(content?["parse_mode"]), "HTML", StringComparison.OrdinalIgnoreCase) && !TelegramHtmlParser.TryParse(text, out visible, out var error))
            {
                return Outcome.Fail(400, "Bad Request: can't parse entities: " + error);
            }

            if (visible.Trim().Length == 0 || visible.Length > MaxMessageLength)
            {
                return Outcome.Fail(400, "Bad Request: MESSAGE_EMPTY_OR_TOO_LONG");
            }

            visibleTexts.Add(visible);
        }

        var queryId = FakeJson.AsString(parameters["inline_query_id"]);
        var outcome = AnswerQuery(_openInlineQueries, queryId);
        if (outcome.Failure is null)
        {
            lock (_lock)
            {
                _inlineAnswers.Add(new FakeInlineAnswer(queryId!, (JsonArray)results.DeepClone(), visibleTexts));
            }
        }

        return outcome;
    }

    private Outcome EditMessageReplyMarkup(JsonObject parameters)
    {
        if (FakeJson.AsString(parameters["inline_message_id"]) is not null)
        {
            return Outcome.Ok(true);
        }

        var chatId = FakeJson.AsLong(parameters["chat_id"]);
        var messageId = FakeJson.AsLong(parameters["message_id"]);
        var markup = FakeJson.AsStructure(parameters["reply_markup"]);
        if (ValidateKeyboard(markup) is { } keyboardError)
        {
            return Outcome.Fail(400, keyboardError);
        }

        lock (_lock)
        {
            var index = _sent.FindIndex(m => m.ChatId == chatId && m.MessageId == messageId);
            if (index < 0)
            {
                return Outcome.Fail(400, "Bad Request: message to edit not found");
            }

            _sent[index] = _sent[index] with { ReplyMarkup = markup?.DeepClone() };
            return Outcome.Ok(MessageJson(_sent[index]));
        }
    }

    private Outcome GetChatMember(JsonObject parameters)
    {
        if (FakeJson.AsLong(parameters["chat_id"]) is not { } chatId || FakeJson.AsLong(parameters["user_id"]) is not { } userId)
        {
            return Outcome.Fail(400, "Bad Request: chat not found");
        }

        string status;
        lock (_lock)
        {
            status = _memberStatus.GetValueOrDefault((chatId, userId), "member");
        }

        var member = new JsonObject
        {
            ["status"] = status,
            ["user"] = new JsonObject { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "User" + userId },
        };
        if (status is "creator" or "administrator")
        {
            member["is_anonymous"] = false;
        }

        if (status == "administrator")
        {
            member["can_be_edited"] = false;
            member["can_manage_chat"] = true;
            member["can_delete_messages"] = true;
        }

        return Outcome.Ok(member);
    }

    private JsonObject MessageJson(FakeSentMessage message)
    {
        var type = _chatTypes.GetValueOrDefault(message.ChatId, message.ChatId > 0 ? "private" : "supergroup");
        var json = new JsonObject
        {
            ["message_id"] = message.MessageId,
            ["from"] = Updates.BotUser(),
            ["chat"] = new JsonObject { ["id"] = message.ChatId, ["type"] = type },
            ["date"] = Options.TimeProvider.GetUtcNow().ToUnixTimeSeconds(),
        };
        if (message.Photo is { } photo)
        {
            json["photo"] = new JsonArray(new JsonObject
            {
                ["file_id"] = "photo" + message.MessageId,
                ["file_unique_id"] = "p" + message.MessageId,
                ["width"] = 1000,
                ["height"] = 700,
                ["file_size"] = photo.Length,
            });
            if (message.VisibleText.Length > 0)
            {
                json["caption"] = message.VisibleText;
            }
        }
        else
        {
            json["text"] = message.VisibleText;
        }

        if (message.ReplyMarkup is { } markup)
        {
            json["reply_markup"] = markup.DeepClone();
        }

        return json;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandPattern();

    private sealed record Outcome(int StatusCode, JsonNode? Result, FakeFailure? Failure)
    {
        /// <summary>The result as JSON text, written as it is (for raw updates).</summary>
        public string? RawResult { get; init; }

        public static Outcome Ok(JsonNode? result) => new(200, result, null);

        public static Outcome Fail(FakeFailure failure) => new(failure.StatusCode, null, failure);

        public static Outcome Fail(int statusCode, string description) => Fail(new FakeFailure(statusCode, description));
    }
}
