using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoocBot.Core.Diagnostics;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace MoocBot.Telegram.Receiving;

/// <summary>POST /telegram/webhook: checks Telegram's secret header, queues the update, answers 200 at once.</summary>
internal static class TelegramWebhookEndpoint
{
    public const string Path = "/telegram/webhook";
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>Telegram.Bot's options resolve <see cref="Update"/> through its source-generated context: no reflection.</summary>
    private static readonly JsonTypeInfo<Update> UpdateJson = (JsonTypeInfo<Update>)JsonBotAPI.Options.GetTypeInfo(typeof(Update));

    public static async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var services = context.RequestServices;
        var options = services.GetRequiredService<IOptions<TelegramOptions>>().Value;
        var logger = services.GetRequiredService<ILogger<UpdateDispatcher>>();
        var health = services.GetRequiredService<BotHealth>();
        if (!SecretMatches(context.Request.Headers[SecretHeader].ToString(), options.WebhookSecret))
        {
            health.Failed(TelegramHealth.Webhook, "a request came without the right secret token");
            Log.WebhookUnauthorized(logger, context.Connection.RemoteIpAddress?.ToString());
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync(context.Request.Body, UpdateJson, context.RequestAborted);
        }
        catch (JsonException)
        {
            update = null;
        }

        if (update is null)
        {
            Log.WebhookBadRequest(logger);
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        await services.GetRequiredService<UpdateDispatcher>().DispatchAsync(update, context.RequestAborted);
        health.Succeeded(TelegramHealth.Webhook);
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
}
