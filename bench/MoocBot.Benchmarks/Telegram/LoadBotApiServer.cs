using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.IO.Pipelines;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using MoocBot.Telegram.Tests.Fakes;

namespace MoocBot.Benchmarks.Telegram;

/// <summary>
/// The Bot API of the load run, cheap enough that the bot, not the server, is what the run measures: HTTP/1.1 over
/// its own sockets on 127.0.0.1 (keep-alive, request bodies with Content-Length or chunked), /bot&lt;token&gt;/&lt;method&gt;
/// with JSON bodies, as the real Telegram.Bot client sends them. getUpdates answers from updates written before the
/// clock starts (offset confirms, limit, long polling, a newer poll ends the older with 409); sendMessage checks the
/// chat, the text and its HTML as Telegram would, matches the message to the update it answers and returns the
/// message as Telegram does. The checks that need parsing (the HTML) run once per distinct reply text.
/// The tests' <c>FakeBotApiServer</c> (Kestrel, a JSON tree per call) cost about as much CPU per update as the bot.
/// </summary>
internal sealed class LoadBotApiServer : IAsyncDisposable
{
    private const int MaxDistinctReplies = 256;

    private static readonly byte[] Ok200 = "HTTP/1.1 200 OK\r\n"u8.ToArray();

    private readonly Socket _listener;
    private readonly byte[] _pathPrefix;
    private readonly byte[] _botUserJson;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _lock = new();
    private readonly List<LoadUpdate> _updates = [];
    private readonly Dictionary<long, int> _byPrivateChat = [];
    private readonly Dictionary<long, int> _byMessageId = [];
    private readonly List<int> _answers = [];
    private readonly List<DistinctReply> _replies = [];
    private readonly Dictionary<string, int> _otherCalls = new(StringComparer.Ordinal);
    private readonly List<Task> _connections = [];
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource<bool>? _activePoll;
    private TaskCompletionSource _answerSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private TaskCompletionSource _pollSignal = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private Task? _accepting;
    private int _answerTarget = int.MaxValue;
    private int _confirmed;
    private int _answeredOnce;
    private int _duplicates;
    private int _misdirected;
    private int _unmatched;
    private int _rejected;
    private int _polls;
    private int _nextMessageId = 1;

    private LoadBotApiServer(string token, long botId, string botUserName)
    {
        Token = token;
        BotUserName = botUserName;
        _pathPrefix = Encoding.UTF8.GetBytes("/bot" + token + "/");
        _botUserJson = Encoding.UTF8.GetBytes(
            $"{{\"id\":{botId.ToString(CultureInfo.InvariantCulture)},\"is_bot\":true,\"first_name\":\"MoocBot Test\",\"username\":\"{botUserName}\"}}");
        _listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        BaseUrl = string.Empty;
    }

    /// <summary>"http://127.0.0.1:port": the value for Telegram:ApiBaseUrl.</summary>
    public string BaseUrl { get; private set; }

    /// <summary>The token the server accepts (Telegram:BotToken).</summary>
    public string Token { get; }

    /// <summary>The bot's username, as getMe reports it.</summary>
    public string BotUserName { get; }

    /// <summary>Listens on 127.0.0.1 on a free port, with the tests' token and bot.</summary>
    public static LoadBotApiServer Start()
    {
        var defaults = new FakeBotApiOptions();
        var server = new LoadBotApiServer(defaults.Token, defaults.BotId, defaults.BotUserName);
        server._listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        server._listener.Listen(128);
        server.BaseUrl = "http://127.0.0.1:" + ((IPEndPoint)server._listener.LocalEndPoint!).Port.ToString(CultureInfo.InvariantCulture);
        server._accepting = server.AcceptAsync();
        return server;
    }

    /// <summary>Queues updates for getUpdates (one wake-up for the long poll); their update ids must follow on.</summary>
    public void EnqueueUpdates(IReadOnlyList<LoadUpdate> updates)
    {
        lock (_lock)
        {
            foreach (var update in updates)
            {
                if (update.UpdateId != _updates.Count + 1)
                {
                    throw new ArgumentException($"Update id {update.UpdateId} does not follow {_updates.Count}.", nameof(updates));
                }

                var index = _updates.Count;
                _updates.Add(update);
                _answers.Add(0);
                _byMessageId.Add(update.MessageId, index);
                if (!update.IsGroup)
                {
                    _byPrivateChat.Add(update.ChatId, index);
                }
            }

            _arrived.TrySetResult();
            _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }
    }

    /// <summary>Waits until the bot has long-polled at least once.</summary>
    public Task WaitForPollsAsync()
    {
        lock (_lock)
        {
            return _polls > 0 ? Task.CompletedTask : _pollSignal.Task;
        }
    }

    /// <summary>Waits until <paramref name="count"/> updates have each been answered at least once.</summary>
    public Task WaitForAnswersAsync(int count, TimeSpan timeout)
    {
        lock (_lock)
        {
            if (_answeredOnce >= count)
            {
                return Task.CompletedTask;
            }

            _answerTarget = count;
            _answerSignal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _answerSignal.Task.WaitAsync(timeout);
        }
    }

    /// <summary>What the bot has done so far.</summary>
    public LoadTally Tally()
    {
        lock (_lock)
        {
            var byKind = new List<IReadOnlyList<int>>();
            for (var kind = 0; kind < LoadWorkload.KindNames.Count; kind++)
            {
                byKind.Add([.. _replies.Select(r => r.CountsByKind[kind]).Where(n => n > 0)]);
            }

            return new LoadTally(
                _updates.Count,
                _answeredOnce,
                _duplicates,
                _misdirected,
                _unmatched,
                _rejected,
                _polls,
                _connections.Count,
                new Dictionary<string, int>(_otherCalls, StringComparer.Ordinal),
                byKind,
                [.. _replies.Where(r => r.Error is not null).Select(r => $"{r.Error}: {r.Text}")]);
        }
    }

    /// <summary>Per kind of update, the reply texts it got as sent (HTML or plain), in the order first seen.</summary>
    public IReadOnlyList<IReadOnlyList<string>> RepliesTextsByKind()
    {
        lock (_lock)
        {
            return [.. Enumerable.Range(0, LoadWorkload.KindNames.Count)
                .Select(kind => (IReadOnlyList<string>)[.. _replies.Where(r => r.CountsByKind[kind] > 0).Select(r => r.Text)])];
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Dispose();
        Task[] connections;
        lock (_lock)
        {
            _activePoll?.TrySetResult(false);
            connections = [.. _connections];
        }

        try
        {
            await Task.WhenAll([_accepting ?? Task.CompletedTask, .. connections]).WaitAsync(TimeSpan.FromSeconds(5));
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException or TimeoutException or IOException)
        {
            // Stopping: connections end as they may.
        }

        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket socket;
            try
            {
                socket = await _listener.AcceptAsync(_stopping.Token);
            }
            catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }

            socket.NoDelay = true;
            lock (_lock)
            {
                _connections.Add(Task.Run(() => ServeAsync(socket)));
            }
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using var owned = socket;
        await using var stream = new NetworkStream(socket, ownsSocket: false);
        var input = PipeReader.Create(stream, new StreamPipeReaderOptions(bufferSize: 16 * 1024));
        var output = PipeWriter.Create(stream, new StreamPipeWriterOptions(minimumBufferSize: 16 * 1024));
        var connection = new Connection();
        try
        {
            while (true)
            {
                var read = await input.ReadAsync(_stopping.Token);
                var buffer = read.Buffer;
                while (TryReadRequest(ref buffer, connection, out var keepAlive))
                {
                    await HandleAsync(connection, output);
                    var flushed = await output.FlushAsync(_stopping.Token);
                    if (!keepAlive || flushed.IsCompleted)
                    {
                        return;
                    }
                }

                input.AdvanceTo(buffer.Start, buffer.End);
                if (read.IsCompleted)
                {
                    return;
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
        {
            // The bot closed the connection, or the run is over.
        }
        finally
        {
            await input.CompleteAsync();
            await output.CompleteAsync();
        }
    }

    /// <summary>
    /// One whole request from <paramref name="buffer"/> (request line, headers, a body with Content-Length or chunked),
    /// its target and body copied into <paramref name="connection"/>; false, with nothing consumed, until it has all arrived.
    /// </summary>
    private static bool TryReadRequest(ref ReadOnlySequence<byte> buffer, Connection connection, out bool keepAlive)
    {
        keepAlive = true;
        var reader = new SequenceReader<byte>(buffer);
        if (!reader.TryReadTo(out ReadOnlySequence<byte> headSequence, "\r\n\r\n"u8))
        {
            return false;
        }

        var head = headSequence.IsSingleSegment ? headSequence.FirstSpan : headSequence.ToArray();
        var lineEnd = head.IndexOf("\r\n"u8);
        var requestLine = lineEnd < 0 ? head : head[..lineEnd];
        var contentLength = 0L;
        var chunked = false;
        var http10 = requestLine.EndsWith(" HTTP/1.0"u8);
        keepAlive = !http10;
        var rest = lineEnd < 0 ? [] : head[(lineEnd + 2)..];
        while (rest.Length > 0)
        {
            var end = rest.IndexOf("\r\n"u8);
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + 2)..];
            var colon = line.IndexOf((byte)':');
            if (colon < 0)
            {
                continue;
            }

            var name = line[..colon];
            var value = line[(colon + 1)..].Trim((byte)' ');
            if (Ascii.EqualsIgnoreCase(name, "content-length"u8))
            {
                if (!Utf8Parser.TryParse(value, out contentLength, out _))
                {
                    throw new IOException("Bad Content-Length.");
                }
            }
            else if (Ascii.EqualsIgnoreCase(name, "transfer-encoding"u8))
            {
                chunked = value.IndexOf("chunked"u8) >= 0;
            }
            else if (Ascii.EqualsIgnoreCase(name, "connection"u8))
            {
                keepAlive = Ascii.EqualsIgnoreCase(value, "close"u8) ? false : Ascii.EqualsIgnoreCase(value, "keep-alive"u8) || keepAlive;
            }
        }

        var firstSpace = requestLine.IndexOf((byte)' ');
        var lastSpace = requestLine.LastIndexOf((byte)' ');
        var target = firstSpace >= 0 && lastSpace > firstSpace ? requestLine[(firstSpace + 1)..lastSpace] : [];
        var query = target.IndexOf((byte)'?');
        connection.SetTarget(query >= 0 ? target[..query] : target);

        connection.Body.ResetWrittenCount();
        if (chunked)
        {
            while (true)
            {
                if (!reader.TryReadTo(out ReadOnlySequence<byte> sizeLine, "\r\n"u8))
                {
                    return false;
                }

                var sizeText = sizeLine.IsSingleSegment ? sizeLine.FirstSpan : sizeLine.ToArray();
                if (sizeText.IndexOf((byte)';') is var extension and >= 0)
                {
                    sizeText = sizeText[..extension];
                }

                if (!Utf8Parser.TryParse(sizeText.Trim((byte)' '), out long size, out _, 'x'))
                {
                    throw new IOException("Bad chunk size.");
                }

                if (size == 0)
                {
                    // Trailers, if any, up to the empty line.
                    while (true)
                    {
                        if (!reader.TryReadTo(out ReadOnlySequence<byte> trailer, "\r\n"u8))
                        {
                            return false;
                        }

                        if (trailer.IsEmpty)
                        {
                            break;
                        }
                    }

                    break;
                }

                if (reader.Remaining < size + 2)
                {
                    return false;
                }

                reader.UnreadSequence.Slice(0, size).CopyTo(connection.Body.GetSpan((int)size));
                connection.Body.Advance((int)size);
                reader.Advance(size + 2);
            }
        }
        else if (contentLength > 0)
        {
            if (reader.Remaining < contentLength)
            {
                return false;
            }

            reader.UnreadSequence.Slice(0, contentLength).CopyTo(connection.Body.GetSpan((int)contentLength));
            connection.Body.Advance((int)contentLength);
            reader.Advance(contentLength);
        }

        buffer = buffer.Slice(reader.Position);
        return true;
    }

    private async Task HandleAsync(Connection connection, PipeWriter output)
    {
        var target = connection.Target;
        if (!target.StartsWith(_pathPrefix))
        {
            var unauthorized = target.StartsWith("/bot"u8);
            WriteFailure(output, unauthorized ? 401 : 404, unauthorized ? "Unauthorized" : "Not Found");
            return;
        }

        var method = target[_pathPrefix.Length..];
        if (Ascii.EqualsIgnoreCase(method, "sendMessage"u8))
        {
            SendMessage(connection, output);
        }
        else if (Ascii.EqualsIgnoreCase(method, "getUpdates"u8))
        {
            await GetUpdatesAsync(connection, output);
        }
        else
        {
            var name = Encoding.UTF8.GetString(method);
            lock (_lock)
            {
                _otherCalls[name] = _otherCalls.GetValueOrDefault(name) + 1;
            }

            switch (name.ToUpperInvariant())
            {
                case "GETME":
                    WriteOk(output, _botUserJson);
                    break;
                case "DELETEWEBHOOK" or "SETMYCOMMANDS":
                    WriteOk(output, "true"u8);
                    break;
                case "GETWEBHOOKINFO":
                    WriteOk(output, "{\"url\":\"\",\"has_custom_certificate\":false,\"pending_update_count\":0}"u8);
                    break;
                default:
                    WriteFailure(output, 404, "Not Found: method not found");
                    break;
            }
        }
    }

    private async Task GetUpdatesAsync(Connection connection, PipeWriter output)
    {
        long? offset = null;
        var limit = 100;
        var timeoutSeconds = 0;
        var json = new Utf8JsonReader(connection.Body.WrittenSpan);
        while (connection.Body.WrittenCount > 0 && json.Read())
        {
            if (json.TokenType != JsonTokenType.PropertyName || json.CurrentDepth != 1)
            {
                continue;
            }

            var name = json.ValueSpan;
            json.Read();
            if (name.SequenceEqual("offset"u8))
            {
                offset = Number(ref json);
            }
            else if (name.SequenceEqual("limit"u8))
            {
                limit = (int)Math.Clamp(Number(ref json) ?? 100, 1, 100);
            }
            else if (name.SequenceEqual("timeout"u8))
            {
                timeoutSeconds = (int)Math.Clamp(Number(ref json) ?? 0, 0, 50);
            }
            else
            {
                json.Skip();
            }
        }

        var poll = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        Task arrived;
        lock (_lock)
        {
            _polls++;
            _pollSignal.TrySetResult();
            _activePoll?.TrySetResult(false);
            _activePoll = poll;
            if (offset is > 0)
            {
                _confirmed = (int)Math.Clamp(offset.Value - 1, _confirmed, _updates.Count);
            }

            arrived = _arrived.Task;
            if (_confirmed < _updates.Count || timeoutSeconds == 0)
            {
                WriteBatch(output, limit);
                _activePoll = null;
                return;
            }
        }

        var expired = Task.Delay(TimeSpan.FromSeconds(timeoutSeconds), _stopping.Token);
        await Task.WhenAny(arrived, poll.Task, expired);
        lock (_lock)
        {
            if (poll.Task.IsCompleted)
            {
                WriteFailure(output, 409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
                return;
            }

            _activePoll = null;
            WriteBatch(output, limit);
        }
    }

    /// <summary>Up to <paramref name="limit"/> unconfirmed updates, copied as written; under the lock.</summary>
    private void WriteBatch(PipeWriter output, int limit)
    {
        var end = Math.Min(_updates.Count, _confirmed + limit);
        var length = "{\"ok\":true,\"result\":[]}"u8.Length + Math.Max(0, end - _confirmed - 1);
        for (var i = _confirmed; i < end; i++)
        {
            length += _updates[i].Json.Length;
        }

        WriteHead(output, 200, length);
        output.Write("{\"ok\":true,\"result\":["u8);
        for (var i = _confirmed; i < end; i++)
        {
            if (i > _confirmed)
            {
                output.Write(","u8);
            }

            output.Write(_updates[i].Json);
        }

        output.Write("]}"u8);
    }

    private void SendMessage(Connection connection, PipeWriter output)
    {
        long? chatId = null;
        long? replyTo = null;
        long? thread = null;
        ReadOnlySpan<byte> text = default;
        var textEscaped = false;
        var html = false;
        var markup = Range.StartAt(0);
        var hasMarkup = false;
        var body = connection.Body.WrittenSpan;
        var json = new Utf8JsonReader(body);
        try
        {
            while (json.Read())
            {
                if (json.TokenType != JsonTokenType.PropertyName || json.CurrentDepth != 1)
                {
                    continue;
                }

                var name = json.ValueSpan;
                json.Read();
                if (name.SequenceEqual("chat_id"u8))
                {
                    chatId = Number(ref json);
                }
                else if (name.SequenceEqual("text"u8) && json.TokenType == JsonTokenType.String)
                {
                    text = json.ValueSpan;
                    textEscaped = json.ValueIsEscaped;
                }
                else if (name.SequenceEqual("parse_mode"u8))
                {
                    html = json.TokenType == JsonTokenType.String && Ascii.EqualsIgnoreCase(json.ValueSpan, "HTML"u8);
                }
                else if (name.SequenceEqual("reply_to_message_id"u8))
                {
                    replyTo = Number(ref json);
                }
                else if (name.SequenceEqual("message_thread_id"u8))
                {
                    thread = Number(ref json);
                }
                else if (name.SequenceEqual("reply_parameters"u8) && json.TokenType == JsonTokenType.StartObject)
                {
                    while (json.Read() && json.TokenType != JsonTokenType.EndObject)
                    {
                        var inner = json.ValueSpan.SequenceEqual("message_id"u8);
                        json.Read();
                        if (inner)
                        {
                            replyTo = Number(ref json);
                        }
                        else
                        {
                            json.Skip();
                        }
                    }
                }
                else if (name.SequenceEqual("reply_markup"u8) && json.TokenType == JsonTokenType.StartObject)
                {
                    var start = (int)json.TokenStartIndex;
                    json.Skip();
                    markup = start..(int)json.BytesConsumed;
                    hasMarkup = true;
                }
                else
                {
                    json.Skip();
                }
            }
        }
        catch (JsonException)
        {
            // Telegram ignores a body it cannot read; what is missing is reported below.
        }

        if (chatId is not { } chat)
        {
            Reject(output, "Bad Request: chat not found");
            return;
        }

        if (text.IsEmpty)
        {
            Reject(output, "Bad Request: message text is empty");
            return;
        }

        int messageId;
        DistinctReply reply;
        lock (_lock)
        {
            reply = Distinct(text, textEscaped, html);
            if (reply.Error is { } error)
            {
                _rejected++;
                reply.Rejected++;
                WriteFailure(output, 400, error);
                return;
            }

            messageId = _nextMessageId++;
            Match(chat, replyTo, reply);
        }

        var response = connection.Response;
        response.ResetWrittenCount();
        response.Write("{\"ok\":true,\"result\":{\"message_id\":"u8);
        WriteNumber(response, messageId);
        response.Write(",\"from\":"u8);
        response.Write(_botUserJson);
        response.Write(",\"chat\":{\"id\":"u8);
        WriteNumber(response, chat);
        response.Write(chat < 0 ? ",\"type\":\"supergroup\"},\"date\":"u8 : ",\"type\":\"private\"},\"date\":"u8);
        WriteNumber(response, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        if (thread is { } threadId)
        {
            response.Write(",\"message_thread_id\":"u8);
            WriteNumber(response, threadId);
        }

        response.Write(",\"text\":"u8);
        response.Write(reply.VisibleJson);
        if (hasMarkup)
        {
            response.Write(",\"reply_markup\":"u8);
            response.Write(body[markup]);
        }

        response.Write("}}"u8);
        WriteHead(output, 200, response.WrittenCount);
        output.Write(response.WrittenSpan);
    }

    /// <summary>Counts an accepted message against the update it answers; under the lock.</summary>
    private void Match(long chat, long? replyTo, DistinctReply reply)
    {
        var found = replyTo is { } messageId
            ? _byMessageId.TryGetValue(messageId, out var byMessage) ? byMessage : -1
            : _byPrivateChat.TryGetValue(chat, out var byChat) ? byChat : -1;
        if (found < 0)
        {
            _unmatched++;
            return;
        }

        var update = _updates[found];
        if (update.ChatId != chat)
        {
            _misdirected++;
            return;
        }

        reply.CountsByKind[update.Kind]++;
        if (++_answers[found] > 1)
        {
            _duplicates++;
            return;
        }

        if (++_answeredOnce >= _answerTarget)
        {
            _answerTarget = int.MaxValue;
            _answerSignal.TrySetResult();
        }
    }

    /// <summary>The reply text seen before with these bytes, or a new one checked as Telegram checks it; under the lock.</summary>
    private DistinctReply Distinct(ReadOnlySpan<byte> raw, bool escaped, bool html)
    {
        foreach (var known in _replies)
        {
            if (known.Html == html && raw.SequenceEqual(known.Raw))
            {
                return known;
            }
        }

        var text = escaped ? JsonSerializer.Deserialize<string>("\"" + Encoding.UTF8.GetString(raw) + "\"")! : Encoding.UTF8.GetString(raw);
        string? error = null;
        var visible = text;
        if (html && !TelegramHtmlParser.TryParse(text, out visible, out var parseError))
        {
            error = "Bad Request: can't parse entities: " + parseError;
        }
        else if (visible.Trim().Length == 0)
        {
            error = "Bad Request: message text is empty";
        }
        else if (visible.Length > FakeBotApiServer.MaxMessageLength)
        {
            error = "Bad Request: message is too long";
        }

        var reply = new DistinctReply(raw.ToArray(), html, text, JsonSerializer.SerializeToUtf8Bytes(visible), error);
        if (_replies.Count < MaxDistinctReplies)
        {
            _replies.Add(reply);
        }

        return reply;
    }

    private void Reject(PipeWriter output, string description)
    {
        lock (_lock)
        {
            _rejected++;
        }

        WriteFailure(output, 400, description);
    }

    private static long? Number(ref Utf8JsonReader json) => json.TokenType switch
    {
        JsonTokenType.Number when json.TryGetInt64(out var value) => value,
        JsonTokenType.String when Utf8Parser.TryParse(json.ValueSpan, out long value, out var used) && used == json.ValueSpan.Length => value,
        _ => null,
    };

    private static void WriteNumber(IBufferWriter<byte> writer, long value)
    {
        Utf8Formatter.TryFormat(value, writer.GetSpan(20), out var written);
        writer.Advance(written);
    }

    private void WriteOk(PipeWriter output, ReadOnlySpan<byte> result)
    {
        WriteHead(output, 200, "{\"ok\":true,\"result\":}"u8.Length + result.Length);
        output.Write("{\"ok\":true,\"result\":"u8);
        output.Write(result);
        output.Write("}"u8);
    }

    private static void WriteFailure(PipeWriter output, int status, string description)
    {
        var body = Encoding.UTF8.GetBytes(
            $"{{\"ok\":false,\"error_code\":{status.ToString(CultureInfo.InvariantCulture)},\"description\":{JsonSerializer.Serialize(description)}}}");
        WriteHead(output, status, body.Length);
        output.Write(body);
    }

    private static void WriteHead(PipeWriter output, int status, long contentLength)
    {
        output.Write(status switch
        {
            200 => Ok200,
            400 => "HTTP/1.1 400 Bad Request\r\n"u8,
            401 => "HTTP/1.1 401 Unauthorized\r\n"u8,
            404 => "HTTP/1.1 404 Not Found\r\n"u8,
            409 => "HTTP/1.1 409 Conflict\r\n"u8,
            _ => "HTTP/1.1 500 Internal Server Error\r\n"u8,
        });
        output.Write("Content-Type: application/json\r\nContent-Length: "u8);
        WriteNumber(output, contentLength);
        output.Write("\r\n\r\n"u8);
    }

    /// <summary>What one connection holds between reading a request and answering it.</summary>
    private sealed class Connection
    {
        private byte[] _target = new byte[256];
        private int _targetLength;

        public ArrayBufferWriter<byte> Body { get; } = new(4096);

        public ArrayBufferWriter<byte> Response { get; } = new(4096);

        public ReadOnlySpan<byte> Target => _target.AsSpan(0, _targetLength);

        public void SetTarget(ReadOnlySpan<byte> target)
        {
            if (target.Length > _target.Length)
            {
                _target = new byte[target.Length];
            }

            target.CopyTo(_target);
            _targetLength = target.Length;
        }
    }

    /// <summary>A reply text as sent (JSON-escaped bytes), what Telegram makes of it, and which updates got it.</summary>
    private sealed class DistinctReply(byte[] raw, bool html, string text, byte[] visibleJson, string? error)
    {
        public byte[] Raw { get; } = raw;

        public bool Html { get; } = html;

        public string Text { get; } = text;

        public byte[] VisibleJson { get; } = visibleJson;

        public string? Error { get; } = error;

        public int Rejected { get; set; }

        public int[] CountsByKind { get; } = new int[LoadWorkload.KindNames.Count];
    }
}
