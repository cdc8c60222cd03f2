using MoocBot.Core.Conversations;
using MoocBot.Core.Diagnostics;
using MoocBot.Telegram.Rendering;
using MoocBot.Telegram.Sending;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;

namespace MoocBot.Telegram.Receiving;

/// <summary>Handles one update: maps it, lets the router decide, and renders what comes back. No answering logic of its own.</summary>
internal sealed class TelegramUpdateHandler(
    ConversationRouter router,
    FactSearch search,
    ReplyComposer composer,
    TelegramBotIdentity identity,
    TelegramReplySender sender,
    ChatReachability reachability,
    MoocBotMetrics metrics)
{
    /// <summary>Telegram shows at most 50 inline results; ten fit a phone screen.</summary>
    public const int MaxInlineResults = 10;

    private const int InlineCacheSeconds = 300;

    public Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        metrics.UpdateReceived(TelegramPlatform.Name);
        return update switch
        {
            { Message: { } message } => HandleMessageAsync(message, cancellationToken),
            { ChannelPost: { } post } => HandleMessageAsync(post, cancellationToken),
            { CallbackQuery: { } query } => HandleCallbackQueryAsync(query, cancellationToken),
            { InlineQuery: { } query } => HandleInlineQueryAsync(query, cancellationToken),
            _ => Task.CompletedTask,
        };
    }

    private async Task HandleMessageAsync(Message message, CancellationToken cancellationToken)
    {
        var bot = await identity.GetAsync(cancellationToken);
        if (!TelegramMessageMapper.TryMap(message, bot, out var chatMessage))
        {
            return;
        }

        // Someone wrote from this chat, so the bot is welcome there again.
        reachability.MarkReachable(chatMessage.ChatId);
        var reply = await router.HandleAsync(chatMessage, cancellationToken);
        if (reply is null)
        {
            return;
        }

        var target = new ReplyTarget(chatMessage.IsGroup ? message.Id : null, message.IsTopicMessage ? message.MessageThreadId : null);
        await sender.SendReplyAsync(message.Chat.Id, reply, target, cancellationToken);
    }

    private async Task HandleCallbackQueryAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        // Answer first and always: the user's button shows a spinner until it is answered.
        await sender.AnswerCallbackQueryAsync(query.Id, cancellationToken);

        if (query.Data is not { Length: > 0 } command || query.Message is not { } message)
        {
            return;
        }

        var bot = await identity.GetAsync(cancellationToken);
        var chatMessage = new ChatMessage(
            TelegramPlatform.Name,
            TelegramMessageMapper.Id(message.Chat.Id),
            TelegramMessageMapper.Id(query.From.Id),
            command,
            TelegramMessageMapper.IsGroup(message.Chat),
            MentionsBot: true)
        {
            BotUserName = bot.Username,
            LanguageHint = query.From.LanguageCode,
        };
        var reply = await router.HandleAsync(chatMessage, cancellationToken);
        if (reply is not null)
        {
            await sender.SendReplyAsync(message.Chat.Id, reply, new ReplyTarget(null, message.IsTopicMessage ? message.MessageThreadId : null), cancellationToken);
        }
    }

    private async Task HandleInlineQueryAsync(InlineQuery query, CancellationToken cancellationToken)
    {
        var found = search.Search(query.Query, MaxInlineResults);
        var results = new List<InlineQueryResult>(found.Count);
        foreach (var fact in found)
        {
            var reply = composer.ComposeFact(fact);
            var html = TelegramHtmlRenderer.Render(reply);
            if (html.Count == 0)
            {
                continue;
            }

            results.Add(new InlineQueryResultArticle(fact.Id, fact.Display + " — " + fact.Counts, new InputTextMessageContent(html[0])
            {
                ParseMode = ParseMode.Html,
                LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
            })
            {
                Description = Describe(reply),
            });
        }

        await sender.AnswerInlineQueryAsync(query.Id, results, InlineCacheSeconds, cancellationToken);
    }

    private static string Describe(Reply reply) =>
        reply.Figure is { } figure
            ? "As of " + figure.AsOf + (reply.Source is { } source ? " · " + source.Text : string.Empty)
            : reply.ToPlainText();
}
