using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoocBot.Core.Diagnostics;
using Telegram.Bot.Types;

namespace MoocBot.Telegram.Receiving;

/// <summary>POST /telegram/webhook: checks Telegram's secret header, queues the update, answers 200 at once.</summary>
internal static class TelegramWebhookEndpoint
{
    public const string Path = "/telegram/webhook";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>The largest body accepted, as for Discord's interactions; an update is a few kilobytes.</summary>
    public const int MaxBodyBytes = 1 << 20;

    public static async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        var logger = services.GetRequiredService<ILogger<UpdateDispatcher>>();
        var metrics = services.GetRequiredService<MoocBotMetrics>();
        if (!SecretMatches(context.Request.Headers[SecretHeader].ToString(), options.WebhookSecret))
        {
            // Anyone can post here: a stranger's request says nothing about the bot's health, so it is only counted.
            metrics.WebhookRejected(TelegramPlatform.Name, "secret");
            Log.WebhookUnauthorized(logger, context.Connection.RemoteIpAddress?.ToString());
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        if (context.Request.ContentLength > MaxBodyBytes)
        {
            Reject(context, metrics, logger, StatusCodes.Status413PayloadTooLarge, "too_large", $"Content-Length {context.Request.ContentLength} is over {MaxBodyBytes} bytes");
            return;
        }

        // A chunked body has no Content-Length: the server stops reading it at the limit instead.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } sizeLimit)
        {
            sizeLimit.MaxRequestBodySize = MaxBodyBytes;
        }

        Update? update;
        int? updateId;
        string? error;
        try
        {
            (update, updateId, error) = await TelegramUpdateReader.ReadAsync(context.Request.Body, context.RequestAborted);
        }
        catch (JsonException)
        {
            Reject(context, metrics, logger, StatusCodes.Status400BadRequest, "malformed", "the body is not JSON");
            return;
        }
        catch (BadHttpRequestException ex)
        {
            // Too large or too slow: the caller's doing, worth one line, not an unhandled exception's stack trace.
            var reason = ex.StatusCode == StatusCodes.Status413PayloadTooLarge ? "too_large" : "too_slow";
            Reject(context, metrics, logger, ex.StatusCode, reason, ex.Message);
            return;
        }

        if (updateId is null)
        {
            Reject(context, metrics, logger, StatusCodes.Status400BadRequest, "malformed", "the body is not an update");
            return;
        }

        if (update is null)
        {
            // Acknowledged, or Telegram would deliver it again and again; the same failure would follow each time.
            Log.UpdateUnreadable(logger, updateId, error);
        }
        else
        {
            await services.GetRequiredService<UpdateDispatcher>().DispatchAsync(update, context.RequestAborted);
        }

        services.GetRequiredService<BotHealth>().Succeeded(TelegramHealth.Webhook);
        context.Response.StatusCode = StatusCodes.Status200OK;
    }

    /// <summary>Compares in constant time; hashing first hides the secret's length too.</summary>
    internal static bool SecretMatches(string? presented, string? expected)
    {
        if (string.IsNullOrEmpty(presented) || string.IsNullOrEmpty(expected))
        {
            return false;
        }

        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }

    private static void Reject(HttpContext context, MoocBotMetrics metrics, ILogger logger, int statusCode, string reason, string description)
    {
        metrics.WebhookRejected(TelegramPlatform.Name, reason);
        Log.WebhookRejected(logger, statusCode, description);
        context.Response.StatusCode = statusCode;
    }
}
