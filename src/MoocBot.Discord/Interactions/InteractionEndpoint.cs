using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using MoocBot.Core.Diagnostics;
using MoocBot.Discord.Models;

namespace MoocBot.Discord.Interactions;

/// <summary>POST /discord/interactions: verify the signature over the raw body first, then parse and answer.</summary>
internal sealed class InteractionEndpoint(
    InteractionSignatureVerifier verifier,
    InteractionHandler handler,
    SeenInteractions seen,
    BotHealth health,
    MoocBotMetrics metrics,
    TimeProvider timeProvider,
    ILogger<InteractionEndpoint> logger)
{
    public const string Path = "/discord/interactions";
    public const string SignatureHeader = "X-Signature-Ed25519";
    public const string TimestampHeader = "X-Signature-Timestamp";
    private const int MaxBodyBytes = 1 << 20;

    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        byte[]? body;
        try
        {
            body = await ReadBodyAsync(context.Request, cancellationToken);
        }
        catch (BadHttpRequestException ex)
        {
            // Too slow (or cut short): the caller's doing, worth one line, not an unhandled exception's stack trace.
            var reason = ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? "too_large" : "too_slow";
            Log.RequestRejected(logger, ex.StatusCode, ex.Message);
            Reject(context, ex.StatusCode, reason);
            return;
        }

        if (body is null)
        {
            Reject(context, StatusCodes.Status413PayloadTooLarge, "too_large");
            return;
        }

        if (!verifier.Verify(context.Request.Headers[SignatureHeader], context.Request.Headers[TimestampHeader], body))
        {
            Log.SignatureRejected(logger);
            Reject(context, StatusCodes.Status401Unauthorized, "signature");
            return;
        }

        // Checked once the signature holds, so only Discord's own (captured and replayed) requests are logged here.
        if (!verifier.IsRecent(context.Request.Headers[TimestampHeader], out var offset))
        {
            Log.TimestampRejected(logger, offset, InteractionSignatureVerifier.MaxTimestampOffset);
            Reject(context, StatusCodes.Status401Unauthorized, "timestamp");
            return;
        }

        Interaction? interaction;
        try
        {
            interaction = JsonSerializer.Deserialize(body, DiscordJsonContext.Default.Interaction);
        }
        catch (JsonException ex)
        {
            Log.InteractionMalformed(logger, ex.Message);
            interaction = null;
        }

        if (interaction is null)
        {
            Reject(context, StatusCodes.Status400BadRequest, "malformed");
            return;
        }

        // A signed request captured and sent again passes both checks above until its timestamp is too old; its id gives it away.
        // A PING is left out: answering one again does nothing.
        var expires = timeProvider.GetUtcNow() - offset + InteractionSignatureVerifier.MaxTimestampOffset;
        if (interaction.Type != InteractionType.Ping && !seen.TryAdd(interaction.Id, expires))
        {
            Log.InteractionReplayed(logger, interaction.Id);
            Reject(context, StatusCodes.Status401Unauthorized, "replay");
            return;
        }

        // Like a Telegram update, every interaction counts, whether or not it gets an answer; PING is Discord checking the endpoint.
        if (interaction.Type != InteractionType.Ping)
        {
            metrics.UpdateReceived(DiscordPlatform.Name);
        }

        // Completes once the response is written out, so a deferred answer never edits a deferral Discord has not had.
        var responseSent = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        context.Response.OnCompleted(static sent =>
        {
            ((TaskCompletionSource)sent).TrySetResult();
            return Task.CompletedTask;
        }, responseSent);

        var response = await handler.HandleAsync(interaction, responseSent.Task, cancellationToken);
        health.Succeeded(DiscordHealth.Interactions);
        await context.Response.WriteAsJsonAsync(response, DiscordJsonContext.Default.InteractionResponse, cancellationToken: cancellationToken);
    }

    private void Reject(HttpContext context, int statusCode, string reason)
    {
        metrics.WebhookRejected(DiscordPlatform.Name, reason);
        context.Response.StatusCode = statusCode;
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
