using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoocBot.Core.Diagnostics;
using MoocBot.Core.Conversations;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace MoocBot.Telegram.Receiving;

/// <summary>Start-up calls: who the bot is (getMe), where updates go (deleteWebhook or setWebhook), and the command menu (setMyCommands).</summary>
internal sealed class TelegramBotSetup(
    ITelegramBotClient client,
    TelegramBotIdentity identity,
    ConversationRouter router,
    IOptions<TelegramOptions> options,
    TelegramDelays delays,
    BotHealth health,
    TimeProvider timeProvider,
    ILogger<TelegramBotSetup> logger)
{
    private const int MaxDescriptionLength = 256;

    /// <summary>The update types the bot asks for, in both modes.</summary>
    public static IReadOnlyList<UpdateType> AllowedUpdates { get; } =
        [UpdateType.Message, UpdateType.ChannelPost, UpdateType.CallbackQuery, UpdateType.InlineQuery];

    /// <summary>Runs the start-up calls, retrying with backoff until they succeed or the host stops.</summary>
    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                await PrepareOnceAsync(cancellationToken);
                health.Succeeded(TelegramHealth.Setup);
                return;
            }
            catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
            {
                health.Failed(TelegramHealth.Setup, $"{ex.ErrorCode}: Telegram rejected Telegram:BotToken");
                Log.TokenRejected(logger, ex.ErrorCode, delays.MaxBackoff);
                await Task.Delay(delays.MaxBackoff, timeProvider, cancellationToken);
            }
            catch (RequestException ex)
            {
                var wait = delays.Backoff(failures);
                var error = TelegramFailure.Describe(ex);
                health.Failed(TelegramHealth.Setup, error);
                if (TelegramFailure.IsTransient(ex))
                {
                    Log.SetupFailed(logger, error, failures, wait);
                }
                else
                {
                    Log.SetupFailedUnexpectedly(logger, failures, wait, ex);
                }

                await Task.Delay(wait, timeProvider, cancellationToken);
            }
        }
    }

    internal static readonly (ChatLanguage Language, string? Code)[] MenuLanguages = [(ChatLanguage.English, null), (ChatLanguage.Chinese, "zh")];

    internal async Task PrepareOnceAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var me = await identity.GetAsync(cancellationToken);
        if (settings.Mode == TelegramMode.Webhook)
        {
            await client.SetWebhook(settings.WebhookUrl!, allowedUpdates: AllowedUpdates, secretToken: settings.WebhookSecret, cancellationToken: cancellationToken);
            Log.WebhookSet(logger, settings.WebhookUrl!);
        }
        else
        {
            // getUpdates fails with 409 while a webhook is set.
            await client.DeleteWebhook(cancellationToken: cancellationToken);
        }

        // The default menu, and the Chinese one Telegram shows users whose app language is Chinese.
        foreach (var (language, code) in MenuLanguages)
        {
            var commands = BotCommands(router.Commands, language);
            await client.SetMyCommands(commands, BotCommandScope.Default(), code, cancellationToken);
            await client.SetMyCommands(commands, BotCommandScope.AllGroupChats(), code, cancellationToken);
        }
        Log.Connected(logger, me.Username ?? me.FirstName, settings.Mode);
    }

    /// <summary>The listed commands as Telegram's menu in <paramref name="language"/>: name and a description of 1-256 characters.</summary>
    internal static IReadOnlyList<BotCommand> BotCommands(IEnumerable<ChatCommandInfo> commands, ChatLanguage language = ChatLanguage.English) =>
    [
        .. commands
            .Where(c => c.Listed)
            .Select(c => new BotCommand(c.Name, Describe(c, language))),
    ];

    private static string Describe(ChatCommandInfo command, ChatLanguage language)
    {
        var description = MessageCatalogue.Describe(command, language).Trim();
        if (command.Example is { Length: > 0 } example)
        {
            description += MessageCatalogue.Get("help.example", language, example);
        }

        return description.Length <= MaxDescriptionLength ? description : description[..(MaxDescriptionLength - 1)] + "…";
    }
}
