using System.Buffers;
using System.Net.WebSockets;
using System.Text.Json;

namespace MoocBot.Discord.Gateway;

/// <summary>One WebSocket connection to the gateway: framing, serialized sends and the heartbeat ACK state.</summary>
internal sealed class GatewayConnection(WebSocket socket) : IDisposable
{
    private const int MaxMessageBytes = 16 * 1024 * 1024;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private int _acknowledged = 1;

    public WebSocketCloseStatus? CloseStatus => socket.CloseStatus;

    public string? CloseStatusDescription => socket.CloseStatusDescription;

    public void Acknowledge() => Volatile.Write(ref _acknowledged, 1);

    /// <summary>False when the previous heartbeat was never acknowledged: the connection is a zombie.</summary>
    public bool TryBeginHeartbeat() => Interlocked.Exchange(ref _acknowledged, 0) == 1;

    /// <summary>The next text message, or null when the gateway closed the connection.</summary>
    public async Task<JsonDocument?> ReceiveAsync(CancellationToken cancellationToken)
    {
        var writer = new ArrayBufferWriter<byte>(4096);
        while (true)
        {
            var memory = writer.GetMemory(4096);
            var result = await socket.ReceiveAsync(memory, cancellationToken);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            writer.Advance(result.Count);
            if (writer.WrittenCount > MaxMessageBytes)
            {
                throw new WebSocketException(WebSocketError.Faulted, "A gateway message exceeded the size limit.");
            }

            if (result.EndOfMessage)
            {
                return JsonDocument.Parse(writer.WrittenMemory);
            }
        }
    }

    public async Task SendAsync(ReadOnlyMemory<byte> payload, CancellationToken cancellationToken)
    {
        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>Sends a close frame without waiting for the reply; a code other than 1000/1001 keeps the session resumable.</summary>
    public async Task CloseAsync(int code, string reason, CancellationToken cancellationToken)
    {
        if (socket.State is not (WebSocketState.Open or WebSocketState.CloseReceived))
        {
            return;
        }

        await _sendLock.WaitAsync(cancellationToken);
        try
        {
            await socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, cancellationToken);
        }
        catch (WebSocketException)
        {
            // Already broken: nothing more to tell the gateway.
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public void Dispose()
    {
        socket.Dispose();
        _sendLock.Dispose();
    }
}
