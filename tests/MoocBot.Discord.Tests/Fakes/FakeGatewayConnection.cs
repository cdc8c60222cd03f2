using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace MoocBot.Discord.Tests.Fakes;

/// <summary>
/// One client connection to the fake gateway: the test sends payloads, reads what the client sent, and closes.
/// The server socket belongs to the HTTP request that carried it, and is gone once the client has left: every
/// use of it happens under one lock while the request is still running, and a use after the client left fails
/// with how it left instead of touching a socket Kestrel has already recycled.
/// </summary>
internal sealed class FakeGatewayConnection(WebSocket socket, string requestTarget) : IDisposable
{
    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _socketLock = new(1, 1);
    private readonly CancellationTokenSource _abort = new();
    private bool _ended;
    private long _sequence;

    /// <summary>The path and query the client connected to ("/?v=10&amp;encoding=json").</summary>
    public string RequestTarget { get; } = requestTarget;

    /// <summary>The close code the client sent, once it closed.</summary>
    public int? ClientCloseCode { get; private set; }

    /// <summary>Completes when the client has closed or dropped the connection.</summary>
    public Task Closed => _closed.Task;

    public long Sequence => Interlocked.Read(ref _sequence);

    /// <summary>How the connection ended, for a failing test's message.</summary>
    public string EndedBy { get; private set; } = "still open";

    public Task SendHelloAsync(int heartbeatIntervalMs) =>
        SendAsync($$"""{"op":10,"d":{"heartbeat_interval":{{heartbeatIntervalMs}}},"s":null,"t":null}""");

    public Task SendDispatchAsync(string type, string dataJson)
    {
        var sequence = Interlocked.Increment(ref _sequence);
        return SendAsync($$"""{"op":0,"d":{{dataJson}},"s":{{sequence}},"t":"{{type}}"}""");
    }

    public Task SendReadyAsync(string sessionId, Uri resumeUrl, string botUserId) =>
        SendDispatchAsync("READY", $$"""{"v":10,"session_id":"{{sessionId}}","resume_gateway_url":"{{resumeUrl}}","user":{"id":"{{botUserId}}","username":"MoocBot","bot":true},"guilds":[]}""");

    public Task SendOpAsync(int op, string dataJson = "null") =>
        SendAsync($$"""{"op":{{op}},"d":{{dataJson}},"s":null,"t":null}""");

    public Task SendAsync(string json) =>
        UseSocketAsync(() => socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None));

    /// <summary>The next payload the client sent, skipping heartbeats unless <paramref name="op"/> asks for them.</summary>
    public async Task<JsonElement> ReceiveAsync(int? op = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            JsonElement payload;
            try
            {
                payload = await _received.Reader.ReadAsync(timeout.Token);
            }
            catch (ChannelClosedException)
            {
                throw new InvalidOperationException($"Waited for op {op?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "other than 1"}, but the connection ended: {EndedBy}.");
            }

            var payloadOp = payload.GetProperty("op").GetInt32();
            if (op is null ? payloadOp != 1 : payloadOp == op)
            {
                return payload;
            }
        }
    }

    /// <summary>Closes from the server side with a gateway close code, and waits until the client has gone.</summary>
    public async Task CloseAsync(int code, string reason)
    {
        await UseSocketAsync(() => socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None));
        await Closed.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Drops the connection; cancelling the receive makes the socket abort itself while its request still runs.</summary>
    public void Abort() => _abort.Cancel();

    public void Dispose()
    {
        _socketLock.Dispose();
        _abort.Dispose();
    }

    /// <summary>Reads until the client leaves. The HTTP request, and the socket with it, ends when this returns.</summary>
    internal async Task RunAsync()
    {
        var buffer = new ArrayBufferWriter<byte>();
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.GetMemory(4096), _abort.Token);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    ClientCloseCode = (int?)socket.CloseStatus;
                    EndedBy = $"the client closed it with {ClientCloseCode} ({socket.CloseStatusDescription})";
                    break;
                }

                buffer.Advance(result.Count);
                if (result.EndOfMessage)
                {
                    await _received.Writer.WriteAsync(JsonDocument.Parse(buffer.WrittenMemory).RootElement.Clone());
                    buffer.Clear();
                }
            }
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            EndedBy = "the server dropped it";
        }
        catch (Exception ex) when (ex is WebSocketException or IOException)
        {
            EndedBy = "the client dropped it (" + ex.Message + ")";
        }
        finally
        {
            // No send or close may be under way when the request ends and Kestrel takes the socket back.
            await _socketLock.WaitAsync();
            _ended = true;
            _socketLock.Release();
            _received.Writer.TryComplete();
            _closed.TrySetResult();
        }
    }

    private async Task UseSocketAsync(Func<Task> use)
    {
        await _socketLock.WaitAsync();
        try
        {
            if (_ended)
            {
                throw new InvalidOperationException($"The test used a connection the client had already left: {EndedBy}.");
            }

            await use();
        }
        finally
        {
            _socketLock.Release();
        }
    }
}
