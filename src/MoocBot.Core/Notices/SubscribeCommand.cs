using Microsoft.Extensions.Logging;
using MoocBot.Core.Conversations;

namespace MoocBot.Core.Notices;

internal sealed class SubscribeCommand(INoticeStore store, SubscriptionAccess access, TimeProvider timeProvider, ILogger<SubscribeCommand> logger) : IChatCommand
{
    public ChatCommandInfo Info { get; } = access.CommandInfo("subscribe", "Get a notice in this chat when figures change");

    public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken) =>
        access.ChangeTopicAsync(context, topic => ChangeAsync(context, topic, cancellationToken), logger);

    private async Task<Reply> ChangeAsync(ChatCommandContext context, string topic, CancellationToken cancellationToken)
    {
        var message = context.Message;
        var language = context.Language;
        if (!access.CanReceive(message.Platform))
        {
            return SubscriptionAccess.CannotReceive(message.Platform, language);
        }

        if (!await access.MayChangeAsync(message, cancellationToken))
        {
            return SubscriptionAccess.NotAdministrator(language);
        }

        var existing = await store.FindSubscriptionAsync(message.Platform, message.ChatId, cancellationToken);
        var topics = new HashSet<string>(existing?.Topics ?? [], StringComparer.Ordinal);
        if (topics.Contains(NoticeTopics.All) && existing is { Active: true })
        {
            return SubscriptionAccess.Text("subscribe.already-all", language);
        }

        if (topic == NoticeTopics.All)
        {
            topics.Clear();
        }

        topics.Add(topic);
        var saved = await store.SetTopicsAsync(message.Platform, message.ChatId, message.IsGroup, topics, timeProvider.GetUtcNow(), cancellationToken);
        var described = access.Describe(saved.Topics, language);
        Log.SubscriptionChanged(logger, message.Platform, message.ChatId, saved.Topics);
        return new Reply
        {
            Blocks =
            [
                ReplyBlock.Text(MessageCatalogue.Get(message.IsGroup ? "subscribe.done.group" : "subscribe.done", language, described)),
                new ReplyBlock(ReplyBlockKind.Paragraph,
                [
                    new ReplySpan(MessageCatalogue.Get("subscribe.when", language)),
                    new ReplySpan("/unsubscribe", SpanStyle.Code),
                    new ReplySpan(MessageCatalogue.Get("subscribe.stop", language)),
                ]),
            ],
            Language = language,
        };
    }
}
