using System.Net;
using Microsoft.Extensions.Logging;
using MoocBot.Core.Conversations;
using MoocBot.Core.Notices;
using MoocBot.Discord.Rendering;

namespace MoocBot.Discord.Rest;

/// <summary>Delivers a reply (a notice) to a Discord channel with POST /channels/{id}/messages.</summary>
internal sealed class DiscordChatSender(DiscordRestClient rest, ILogger<DiscordChatSender> logger) : IChatSender
{
    private const int UnknownChannel = 10003;
    private const int MissingAccess = 50001;
    private const int MissingPermissions = 50013;
    private const int CannotSendToUser = 50007;

    public string Platform => DiscordPlatform.Name;

    public async Task<SendResult> SendAsync(string chatId, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chatId);
        ArgumentNullException.ThrowIfNull(reply);
        if (chatId.Length == 0 || !chatId.All(char.IsAsciiDigit))
        {
            return new SendResult(SendOutcome.PermanentFailure, Error: "Not a Discord channel id.");
        }

        DiscordApiResponse response;
        try
        {
            response = await rest.CreateMessageAsync(chatId, DiscordEmbedRenderer.Render(reply), cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            // A transient failure the dispatcher retries: one line, no stack trace (1% of sends failing must not flood the log).
            var error = "Network error: " + ex.HttpRequestError;
            Log.SendFailedTransiently(logger, chatId, error + " (" + ex.GetBaseException().Message + ")");
            return new SendResult(SendOutcome.TransientFailure, Error: error);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            const string error = "Discord did not answer in time.";
            Log.SendFailedTransiently(logger, chatId, error);
            return new SendResult(SendOutcome.TransientFailure, Error: error);
        }

        return ToResult(response);
    }

    internal static SendResult ToResult(DiscordApiResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        if (response.IsSuccess)
        {
            return SendResult.Sent;
        }

        var error = $"Discord answered {(int)response.Status}" + (response.ErrorCode is { } code ? $" (code {code}: {response.ErrorMessage})" : string.Empty);
        return response.Status switch
        {
            HttpStatusCode.TooManyRequests => new SendResult(SendOutcome.RateLimited, response.RetryAfter ?? TimeSpan.FromSeconds(1), Error: error),
            HttpStatusCode.NotFound or HttpStatusCode.Forbidden => new SendResult(SendOutcome.ChatGone, Error: error),
            _ when response.ErrorCode is UnknownChannel or MissingAccess or MissingPermissions or CannotSendToUser => new SendResult(SendOutcome.ChatGone, Error: error),
            HttpStatusCode.Unauthorized => new SendResult(SendOutcome.TransientFailure, Error: error + "; check Discord:BotToken"),
            >= HttpStatusCode.InternalServerError => new SendResult(SendOutcome.TransientFailure, Error: error),
            _ => new SendResult(SendOutcome.PermanentFailure, Error: error),
        };
    }
}
