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
    BotHealth health,
    MoocBotMetrics metrics,
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
        var body = await ReadBodyAsync(context.Request, cancellationToken);
        if (body is null)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            return;
        }

        if (!verifier.Verify(context.Request.Headers[SignatureHeader], context.Request.Headers[TimestampHeader], body))
        {
            Log.SignatureRejected(logger);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        // Checked once the signature holds, so only Discord's own (captured and replayed) requests are logged here.
        if (!verifier.IsRecent(context.Request.Headers[TimestampHeader], out var offset))
        {
            Log.TimestampRejected(logger, offset, InteractionSignatureVerifier.MaxTimestampOffset);
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
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
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
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
