using System.Globalization;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoocBot.Core.Conversations;
using MoocBot.Core.Diagnostics;
using MoocBot.Core.Notices;
using MoocBot.Telegram.Rendering;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;

namespace MoocBot.Telegram.Sending;

/// <summary>
/// Sends rendered replies. Answers to users wait out a few 429s and retry 5xx and connections that could not be opened;
/// notices get one attempt and an outcome, because their dispatcher paces and retries the whole queue. A send whose
/// outcome is unknown (no answer within <see cref="TelegramOptions.SendTimeout"/>, or the connection lost after the
/// request went out) is never sent again: Telegram has no idempotency key, so a second try could be a second message.
/// </summary>
internal sealed class TelegramReplySender(
    ITelegramBotClient client,
    ChatReachability reachability,
    ChatStatusRecorder statusRecorder,
    TelegramDelays delays,
    BotHealth health,
    MoocBotMetrics metrics,
    TimeProvider timeProvider,
    IOptions<TelegramOptions> options,
    ILogger<TelegramReplySender> logger)
{
    private const int BadRequest = 400;
    private const int Forbidden = 403;
    private const int TooManyRequests = 429;

    private readonly SendTimeouts _timeouts = new(timeProvider);

    /// <summary>Stops the spinner on the button the user pressed; a failure is logged and the command it carries still runs.</summary>
    public async Task AnswerCallbackQueryAsync(string queryId, CancellationToken cancellationToken)
    {
        try
        {
            await client.AnswerCallbackQuery(queryId, cancellationToken: cancellationToken);
        }
        catch (RequestException ex)
        {
            Log.CallbackAnswerFailed(logger, ex);
        }
    }

    /// <summary>Shows <paramref name="results"/> under the inline query being typed.</summary>
    public Task AnswerInlineQueryAsync(string queryId, IEnumerable<InlineQueryResult> results, int cacheSeconds, CancellationToken cancellationToken) =>
        client.AnswerInlineQuery(queryId, results, cacheSeconds, cancellationToken: cancellationToken);

    /// <summary>Sends an answer to someone waiting for it; returns false when it could not be delivered.</summary>
    public async Task<bool> SendReplyAsync(long chatId, Reply reply, ReplyTarget target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        ArgumentNullException.ThrowIfNull(target);
        var parts = TelegramReplyParts.Split(reply);
        for (var i = 0; i < parts.Count; i++)
        {
            var partTarget = i == 0 ? target : target with { ReplyToMessageId = null };
            var buttons = i == parts.Count - 1 ? reply.Buttons : null;
            var sentTo = await SendWithRetriesAsync(chatId, parts[i], buttons, partTarget, cancellationToken);
            if (sentTo is null)
            {
                return false;
            }

            chatId = sentTo.Value;
        }

        return true;
    }

    /// <summary>Sends a notice once and says what happened; never waits or retries by itself.</summary>
    public async Task<SendResult> SendOnceAsync(string chatId, Reply reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(chatId);
        ArgumentNullException.ThrowIfNull(reply);
        if (reachability.IsGone(chatId))
        {
            return new SendResult(SendOutcome.ChatGone, Error: "the bot was blocked or removed from this chat earlier");
        }

        if (!long.TryParse(chatId, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id))
        {
            return new SendResult(SendOutcome.PermanentFailure, Error: "not a Telegram chat id");
        }

        var parts = TelegramReplyParts.Split(reply);
        for (var i = 0; i < parts.Count; i++)
        {
            try
            {
                await SendPartAsync(id, parts[i], i == parts.Count - 1 ? reply.Buttons : null, ReplyTarget.None, cancellationToken);
            }
            catch (ApiRequestException ex)
            {
                return Classify(chatId, ex);
            }
            catch (RequestException ex) when (TelegramFailure.OutcomeUnknown(ex))
            {
                var error = TelegramFailure.Describe(ex);
                health.Failed(TelegramHealth.Send, error);
                Log.SendOutcomeUnknown(logger, chatId, error);
                return new SendResult(SendOutcome.PermanentFailure, Error: error + "; Telegram may have delivered it, so it is not sent again");
            }
            catch (RequestException ex)
            {
                health.Failed(TelegramHealth.Send, TelegramFailure.Describe(ex));
                return new SendResult(SendOutcome.TransientFailure, Error: TelegramFailure.Describe(ex));
            }
        }

        return SendResult.Sent;
    }

    private SendResult Classify(string chatId, ApiRequestException ex)
    {
        switch (ex.ErrorCode)
        {
            case TooManyRequests:
                metrics.RateLimited(TelegramPlatform.Name);
                return new SendResult(SendOutcome.RateLimited, RetryAfter: RetryAfterOf(ex), Error: ex.Message);
            case Forbidden:
            case BadRequest when IsChatNotFound(ex):
                reachability.MarkGone(chatId);
                Log.ChatGone(logger, chatId, ex.Message);
                return new SendResult(SendOutcome.ChatGone, Error: ex.Message);
            case BadRequest when ex.Parameters?.MigrateToChatId is { } newChatId:
                return new SendResult(SendOutcome.ChatMigrated, NewChatId: newChatId.ToString(CultureInfo.InvariantCulture), Error: ex.Message);
            case >= TelegramFailure.FirstServerError:
                health.Failed(TelegramHealth.Send, TelegramFailure.Describe(ex));
                return new SendResult(SendOutcome.TransientFailure, Error: ex.Message);
            default:
                return new SendResult(SendOutcome.PermanentFailure, Error: ex.Message);
        }
    }

    /// <summary>Sends one part; returns the chat it went to (it changes when a group became a supergroup), or null when it was given up.</summary>
    private async Task<long?> SendWithRetriesAsync(long chatId, TelegramReplyPart part, IReadOnlyList<ReplyButton>? buttons, ReplyTarget target, CancellationToken cancellationToken)
    {
        var rateLimitWaits = 0;
        var migrated = false;
        var transientFailures = 0;
        var chat = Id(chatId);
        while (true)
        {
            TimeSpan wait;
            try
            {
                await SendPartAsync(chatId, part, buttons, target, cancellationToken);
                return chatId;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == TooManyRequests)
            {
                metrics.RateLimited(TelegramPlatform.Name);
                wait = RetryAfterOf(ex);
                if (rateLimitWaits >= delays.MaxRateLimitWaits || wait > delays.MaxRetryAfter)
                {
                    Log.ReplyRateLimitedGaveUp(logger, chat, wait);
                    return null;
                }

                rateLimitWaits++;
                Log.ReplyRateLimited(logger, chat, wait);
            }
            catch (ApiRequestException ex) when (ex.ErrorCode == Forbidden)
            {
                reachability.MarkGone(chat);
                Log.ChatGone(logger, chat, ex.Message);
                await statusRecorder.ChatGoneAsync(chat, ex.Message, cancellationToken);
                return null;
            }
            catch (ApiRequestException ex) when (ex.Parameters?.MigrateToChatId is { } newChatId && !migrated)
            {
                var newChat = Id(newChatId);
                Log.ChatMigrated(logger, chat, newChat);
                await statusRecorder.ChatMigratedAsync(chat, newChat, cancellationToken);
                chatId = newChatId;
                chat = newChat;
                migrated = true;
                continue;
            }
            catch (RequestException ex) when (TelegramFailure.OutcomeUnknown(ex))
            {
                var error = TelegramFailure.Describe(ex);
                health.Failed(TelegramHealth.Send, error);
                Log.SendOutcomeUnknown(logger, chat, error);
                return null;
            }
            catch (RequestException ex) when (TelegramFailure.IsTransient(ex))
            {
                var error = TelegramFailure.Describe(ex);
                health.Failed(TelegramHealth.Send, error);
                if (transientFailures >= delays.TransientRetryDelays.Count)
                {
                    // Only the attempt that gives up carries the exception: its stack trace is worth one copy, not one per retry.
                    Log.ReplyFailed(logger, chat, transientFailures + 1, ex);
                    return null;
                }

                wait = delays.TransientRetryDelays[transientFailures++];
                Log.ReplyTransientFailure(logger, chat, error, transientFailures, wait);
            }
            catch (ApiRequestException ex)
            {
                Log.ReplyRejected(logger, chat, ex.ErrorCode, ex.Message);
                return null;
            }

            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }

    /// <summary>
    /// Sends one part: a photo (sendPhoto, its caption in HTML) or a text message (written straight into its JSON body,
    /// <see cref="TextMessageRequest"/>); <paramref name="buttons"/> go under it as an inline keyboard. A retry uploads
    /// the photo again from its bytes.
    /// </summary>
    private async Task SendPartAsync(long chatId, TelegramReplyPart part, IReadOnlyList<ReplyButton>? buttons, ReplyTarget target, CancellationToken cancellationToken)
    {
        var limit = options.Value.SendTimeout;
        using var timeout = _timeouts.Start(limit, cancellationToken);
        try
        {
            if (part.Photo is { } photo)
            {
                using var stream = new MemoryStream(photo.Png.ToArray(), writable: false);
                await client.SendPhoto(
                    chatId,
                    InputFile.FromStream(stream, photo.FileName),
                    part.Html.Length == 0 ? null : part.Html,
                    ParseMode.Html,
                    replyParameters: target.ReplyToMessageId is { } replyTo ? new ReplyParameters { MessageId = replyTo, AllowSendingWithoutReply = true } : null,
                    replyMarkup: buttons is null ? null : TelegramKeyboard.Build(buttons),
                    messageThreadId: target.MessageThreadId,
                    cancellationToken: timeout.Token);
            }
            else
            {
                await client.SendRequest(new TextMessageRequest(chatId, part.Html, buttons, target), timeout.Token);
            }
        }
        catch (Exception ex) when ((ex is OperationCanceledException or RequestException) && timeout.TimedOut)
        {
            throw new RequestException($"no answer within {limit}", new TimeoutException(ex.Message, ex));
        }

        health.Succeeded(TelegramHealth.Send);
    }

    private static TimeSpan RetryAfterOf(ApiRequestException ex) =>
        TimeSpan.FromSeconds(Math.Max(1, ex.Parameters?.RetryAfter ?? 1));

    private static bool IsChatNotFound(ApiRequestException ex) =>
        ex.Message.Contains("chat not found", StringComparison.OrdinalIgnoreCase);

    private static string Id(long chatId) => chatId.ToString(CultureInfo.InvariantCulture);
}
