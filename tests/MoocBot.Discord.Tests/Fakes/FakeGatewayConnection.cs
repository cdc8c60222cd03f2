using System.Buffers;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Threading.Channels;

namespace MoocBot.Discord.Tests.Fakes;

/// <summary>One client connection to the fake gateway: the test sends payloads, reads what the client sent, and closes.</summary>
internal sealed class FakeGatewayConnection(WebSocket socket, string requestTarget) : IDisposable
{
    private readonly Channel<JsonElement> _received = Channel.CreateUnbounded<JsonElement>();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private long _sequence;

    /// <summary>The path and query the client connected to ("/?v=10&amp;encoding=json").</summary>
    public string RequestTarget { get; } = requestTarget;

    /// <summary>The close code the client sent, once it closed.</summary>
    public int? ClientCloseCode { get; private set; }

    /// <summary>Completes when the client has closed or dropped the connection.</summary>
    public Task Closed => _closed.Task;

    public long Sequence => Interlocked.Read(ref _sequence);

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

    public async Task SendAsync(string json)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(json), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>The next payload the client sent, skipping heartbeats unless <paramref name="op"/> asks for them.</summary>
    public async Task<JsonElement> ReceiveAsync(int? op = null)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var payload = await _received.Reader.ReadAsync(timeout.Token);
            var payloadOp = payload.GetProperty("op").GetInt32();
            if (op is null ? payloadOp != 1 : payloadOp == op)
            {
                return payload;
            }
        }
    }

    /// <summary>Closes from the server side with a gateway close code.</summary>
    public async Task CloseAsync(int code, string reason)
    {
        await _sendLock.WaitAsync();
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, CancellationToken.None);
        }
        finally
        {
            _sendLock.Release();
        }

        await Closed.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public void Abort()
    {
        try
        {
            socket.Abort();
        }
        catch (ObjectDisposedException)
        {
            // The request that carried the connection has already ended.
        }
    }

    public void Dispose() => _sendLock.Dispose();

    internal async Task RunAsync()
    {
        var buffer = new ArrayBufferWriter<byte>();
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.GetMemory(4096), CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                {
                    ClientCloseCode = (int?)socket.CloseStatus;
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
        catch (WebSocketException)
        {
            // The client dropped the connection.
        }
        catch (OperationCanceledException)
        {
            // The server is stopping.
        }
        finally
        {
            _received.Writer.TryComplete();
            _closed.TrySetResult();
        }
    }
}
