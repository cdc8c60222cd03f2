using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoocBot.Core.Conversations;
using MoocBot.Core.Diagnostics;
using MoocBot.Discord.Models;
using MoocBot.Discord.Rendering;
using MoocBot.Discord.Rest;

namespace MoocBot.Discord.Gateway;

/// <summary>
/// The gateway connection, for plain messages that mention the bot or come by DM (no privileged
/// MESSAGE_CONTENT intent needed): Hello, a jittered heartbeat with zombie detection, Identify or Resume,
/// MESSAGE_CREATE to the router with the answer sent through the REST client, and reconnection as the
/// close codes and opcodes 7 and 9 ask. Stops for good on 4004 and 4010-4014.
/// </summary>
internal sealed class DiscordGatewayClient(
    IOptions<DiscordOptions> options,
    ConversationRouter router,
    DiscordRestClient rest,
    TimeProvider timeProvider,
    BotHealth health,
    MoocBotMetrics metrics,
    ILogger<DiscordGatewayClient> logger)
{
    /// <summary>GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES.</summary>
    public const int Intents = (1 << 0) | (1 << 9) | (1 << 12);

    private static readonly TimeSpan MaxBackoff = TimeSpan.FromSeconds(60);
    private readonly ConcurrentDictionary<Task, bool> _handling = new();
    private string? _sessionId;
    private Uri? _resumeUrl;
    private long? _sequence;
    private string? _botUserId;
    private bool _connected;

    /// <summary>Connects and stays connected until <paramref name="cancellationToken"/> fires or a close code says to stop.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var failures = 0;
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var resume = _sessionId is not null;
                var address = GatewayAddress(resume ? _resumeUrl ?? options.Value.GatewayUrl : options.Value.GatewayUrl);
                GatewayOutcome outcome;
                _connected = false;
                try
                {
                    Log.GatewayConnecting(logger, address, resume);
                    outcome = await RunConnectionAsync(address, resume, cancellationToken);
                }
                catch (Exception ex) when (ex is WebSocketException or HttpRequestException && !cancellationToken.IsCancellationRequested)
                {
                    // Reconnecting is the retry: one line each time, no stack trace.
                    Log.GatewayConnectionFailed(logger, ex.Message);
                    outcome = new GatewayOutcome(GatewayAction.Resume, "the connection failed");
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    // Whatever broke this connection (a payload without an opcode, a surprise from the socket),
                    // the next one may work: the gateway must not stop for good, nor retry without a pause.
                    Log.GatewayConnectionBroke(logger, ex);
                    outcome = new GatewayOutcome(GatewayAction.Resume, "the connection broke unexpectedly");
                    _connected = false;
                }

                failures = _connected ? 0 : failures + 1;
                health.Failed(DiscordHealth.Gateway, outcome.Reason);
                if (outcome.Action == GatewayAction.Stop)
                {
                    Log.GatewayStopped(logger, outcome.Reason);
                    return;
                }

                if (outcome.Action == GatewayAction.Identify)
                {
                    _sessionId = null;
                    _resumeUrl = null;
                    _sequence = null;
                }

                var delay = Backoff(failures);
                Log.GatewayReconnecting(logger, outcome.Reason, _sessionId is not null, delay);
                if (outcome.Wait is { } wait)
                {
                    await wait;
                }

                if (delay > TimeSpan.Zero)
                {
                    await Task.Delay(delay, timeProvider, cancellationToken);
                }
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or WebSocketException && cancellationToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        finally
        {
            await Task.WhenAll(_handling.Keys);
        }
    }

    internal async Task<GatewayOutcome> RunConnectionAsync(Uri address, bool resume, CancellationToken cancellationToken)
    {
        using var socket = new ClientWebSocket();
        await socket.ConnectAsync(address, cancellationToken);
        using var connection = new GatewayConnection(socket);
        using var connectionCancellation = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var zombie = new StrongBox<bool>();
        Task heartbeat = Task.CompletedTask;
        try
        {
            while (true)
            {
                JsonDocument? document;
                try
                {
                    document = await connection.ReceiveAsync(connectionCancellation.Token);
                }
                catch (OperationCanceledException) when (zombie.Value && !cancellationToken.IsCancellationRequested)
                {
                    return new GatewayOutcome(GatewayAction.Resume, "no heartbeat ACK (zombied connection)");
                }

                if (document is null)
                {
                    return GatewayCloseCodes.OutcomeOf((int?)connection.CloseStatus, connection.CloseStatusDescription);
                }

                using (document)
                {
                    var root = document.RootElement;
                    if (root.TryGetProperty("s", out var s) && s.ValueKind == JsonValueKind.Number)
                    {
                        _sequence = s.GetInt64();
                    }

                    var op = (GatewayOpcode)root.GetProperty("op").GetInt32();
                    var data = root.TryGetProperty("d", out var d) ? d : default;
                    switch (op)
                    {
                        case GatewayOpcode.Hello:
                            var interval = TimeSpan.FromMilliseconds(data.GetProperty("heartbeat_interval").GetDouble());

                            // The heartbeat's first timer starts before Identify goes out, so nothing can race it.
                            heartbeat = HeartbeatAsync(connection, interval, zombie, connectionCancellation);
                            await connection.SendAsync(resume && _sessionId is not null ? ResumePayload() : IdentifyPayload(), cancellationToken);
                            break;

                        case GatewayOpcode.HeartbeatAck:
                            connection.Acknowledge();
                            health.Succeeded(DiscordHealth.Gateway);
                            break;

                        case GatewayOpcode.Heartbeat:
                            await connection.SendAsync(HeartbeatPayload(), cancellationToken);
                            break;

                        case GatewayOpcode.Reconnect:
                            await connection.CloseAsync((int)GatewayCloseCode.ClientResuming, "reconnect requested", cancellationToken);
                            return new GatewayOutcome(GatewayAction.Resume, "the gateway asked to reconnect (op 7)");

                        case GatewayOpcode.InvalidSession when data.ValueKind == JsonValueKind.True:
                            await connection.CloseAsync((int)GatewayCloseCode.ClientResuming, "invalid session, resuming", cancellationToken);
                            return new GatewayOutcome(GatewayAction.Resume, "the session was invalidated but may be resumed (op 9)");

                        case GatewayOpcode.InvalidSession:
                            // Discord asks for a random wait of 1 to 5 seconds before identifying again.
                            var wait = Task.Delay(TimeSpan.FromMilliseconds(1000 + RandomNumberGenerator.GetInt32(4000)), timeProvider, cancellationToken);
                            await connection.CloseAsync(1000, "invalid session", cancellationToken);
                            return new GatewayOutcome(GatewayAction.Identify, "the session was invalidated (op 9)", Wait: wait);

                        case GatewayOpcode.Dispatch:
                            OnDispatch(root.TryGetProperty("t", out var t) ? t.GetString() : null, data, cancellationToken);
                            break;
                    }
                }
            }
        }
        finally
        {
            await connectionCancellation.CancelAsync();
            await heartbeat;
        }
    }

    private async Task HeartbeatAsync(GatewayConnection connection, TimeSpan interval, StrongBox<bool> zombie, CancellationTokenSource connectionCancellation)
    {
        var cancellationToken = connectionCancellation.Token;
        try
        {
            // Strictly between 0 and 1: spreads reconnecting clients and never heartbeats before Identify.
            var jitter = (1 + RandomNumberGenerator.GetInt32(999)) / 1000.0;
            await Task.Delay(interval * jitter, timeProvider, cancellationToken);
            while (true)
            {
                if (!connection.TryBeginHeartbeat())
                {
                    Log.GatewayZombie(logger);
                    zombie.Value = true;
                    await connection.CloseAsync((int)GatewayCloseCode.ClientResuming, "no heartbeat ACK", cancellationToken);
                    await connectionCancellation.CancelAsync();
                    return;
                }

                // The next timer starts before the heartbeat is sent, so whoever sees the heartbeat can move time on.
                var next = Task.Delay(interval, timeProvider, cancellationToken);
                await connection.SendAsync(HeartbeatPayload(), cancellationToken);
                await next;
            }
        }
        catch (OperationCanceledException)
        {
            // The connection ended.
        }
        catch (WebSocketException)
        {
            // The receive loop sees the broken connection and reconnects.
        }
    }

    private void OnDispatch(string? type, JsonElement data, CancellationToken cancellationToken)
    {
        switch (type)
        {
            case "READY":
                var ready = data.Deserialize(DiscordJsonContext.Default.GatewayReady);
                if (ready is not null)
                {
                    _sessionId = ready.SessionId;
                    _resumeUrl = ready.ResumeGatewayUrl;
                    _botUserId = ready.User?.Id;
                    _connected = true;
                    health.Succeeded(DiscordHealth.Gateway);
                    Log.GatewayReady(logger, _botUserId);
                }

                break;

            case "RESUMED":
                _connected = true;
                health.Succeeded(DiscordHealth.Gateway);
                Log.GatewayResumed(logger);
                break;

            case "MESSAGE_CREATE":
                // Like a Telegram update, every message the gateway delivers counts, including those the bot ignores.
                metrics.UpdateReceived(DiscordPlatform.Name);
                var message = data.Deserialize(DiscordJsonContext.Default.GatewayMessage);
                if (message is not null && ToChatMessage(message, _botUserId) is { } chat)
                {
                    var task = AnswerAsync(chat, message.Id, cancellationToken);
                    _handling.TryAdd(task, true);
                    _ = task.ContinueWith(t => _handling.TryRemove(t, out _), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                }

                break;
        }
    }

    /// <summary>The router's view of a message, or null for messages the bot ignores (bots, itself, server chatter not addressed to it).</summary>
    internal static ChatMessage? ToChatMessage(GatewayMessage message, string? botUserId)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.Author is not { } author || author.Bot == true || author.Id == botUserId)
        {
            return null;
        }

        var inGuild = message.GuildId is not null;
        var mentioned = botUserId is not null && (message.Mentions ?? []).Any(u => u.Id == botUserId);
        if (inGuild && !mentioned)
        {
            return null;
        }

        var text = message.Content;
        if (botUserId is not null)
        {
            text = text.Replace($"<@{botUserId}>", " ", StringComparison.Ordinal).Replace($"<@!{botUserId}>", " ", StringComparison.Ordinal);
        }

        return new ChatMessage(DiscordPlatform.Name, message.ChannelId, author.Id, text.Trim(), inGuild, mentioned);
    }

    private async Task AnswerAsync(ChatMessage chat, string messageId, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Yield();
            var reply = await router.HandleAsync(chat, cancellationToken);
            if (reply is null)
            {
                return;
            }

            var payload = DiscordEmbedRenderer.Render(reply) with { MessageReference = new MessageReference(messageId) };
            var response = await rest.CreateMessageAsync(chat.ChatId, payload, cancellationToken);
            if (!response.IsSuccess)
            {
                Log.GatewayAnswerRejected(logger, chat.ChatId, (int)response.Status);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        catch (Exception ex)
        {
            ChatLog.AnswerFailed(logger, DiscordPlatform.Name, "message " + messageId + " in channel " + chat.ChatId, ex);
        }
    }

    private ReadOnlyMemory<byte> IdentifyPayload() => Payload(GatewayOpcode.Identify, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("token", options.Value.BotToken);
        writer.WriteNumber("intents", Intents);
        writer.WriteStartObject("properties");
        writer.WriteString("os", Environment.OSVersion.Platform.ToString().ToLowerInvariant());
        writer.WriteString("browser", "moocbot");
        writer.WriteString("device", "moocbot");
        writer.WriteEndObject();
        writer.WriteEndObject();
    });

    private ReadOnlyMemory<byte> ResumePayload() => Payload(GatewayOpcode.Resume, writer =>
    {
        writer.WriteStartObject();
        writer.WriteString("token", options.Value.BotToken);
        writer.WriteString("session_id", _sessionId);
        if (_sequence is { } sequence)
        {
            writer.WriteNumber("seq", sequence);
        }
        else
        {
            writer.WriteNull("seq");
        }

        writer.WriteEndObject();
    });

    private ReadOnlyMemory<byte> HeartbeatPayload()
    {
        var sequence = _sequence;
        return Payload(GatewayOpcode.Heartbeat, writer =>
        {
            if (sequence is { } value)
            {
                writer.WriteNumberValue(value);
            }
            else
            {
                writer.WriteNullValue();
            }
        });
    }

    private static ReadOnlyMemory<byte> Payload(GatewayOpcode op, Action<Utf8JsonWriter> writeData)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("op", (int)op);
            writer.WritePropertyName("d");
            writeData(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenMemory;
    }

    private static Uri GatewayAddress(Uri baseAddress) =>
        new UriBuilder(baseAddress) { Query = "v=10&encoding=json" }.Uri;

    private static TimeSpan Backoff(int failures) => failures <= 1
        ? TimeSpan.Zero
        : TimeSpan.FromSeconds(Math.Min(MaxBackoff.TotalSeconds, Math.Pow(2, failures - 2)));
}
