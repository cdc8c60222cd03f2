using Microsoft.Extensions.Logging;
using MoocBot.Core.Conversations;

namespace MoocBot.Core.Notices;

internal sealed class SubscribeCommand(INoticeStore store, SubscriptionAccess access, TimeProvider timeProvider, ILogger<SubscribeCommand> logger) : IChatCommand
{
    public ChatCommandInfo Info { get; } = access.CommandInfo("subscribe", "Get a notice in this chat when figures change");

    public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken) =>
        access.ChangeTopicAsync(context, topic => ChangeAsync(context.Message, topic, cancellationToken), logger);

    private async Task<Reply> ChangeAsync(ChatMessage message, string topic, CancellationToken cancellationToken)
    {
        if (!access.CanReceive(message.Platform))
        {
            return SubscriptionAccess.CannotReceive(message.Platform);
        }

        if (!await access.MayChangeAsync(message, cancellationToken))
        {
            return SubscriptionAccess.NotAdministrator();
        }

        var existing = await store.FindSubscriptionAsync(message.Platform, message.ChatId, cancellationToken);
        var topics = new HashSet<string>(existing?.Topics ?? [], StringComparer.Ordinal);
        if (topics.Contains(NoticeTopics.All) && existing is { Active: true })
        {
            return ReplyComposer.ComposePrivateText("This chat already gets notices on all figures. Send /unsubscribe to stop them.");
        }

        if (topic == NoticeTopics.All)
        {
            topics.Clear();
        }

        topics.Add(topic);
        var saved = await store.SetTopicsAsync(message.Platform, message.ChatId, message.IsGroup, topics, timeProvider.GetUtcNow(), cancellationToken);
        var described = access.Describe(saved.Topics);
        Log.SubscriptionChanged(logger, message.Platform, message.ChatId, saved.Topics);
        return new Reply
        {
            Blocks =
            [
                ReplyBlock.Text((message.IsGroup ? "Subscribed this group to " : "Subscribed to ") + described + "."),
                new ReplyBlock(ReplyBlockKind.Paragraph,
                [
                    new ReplySpan("When a figure changes, I'll post what changed here: old → new, with the new source. "),
                    new ReplySpan("/unsubscribe", SpanStyle.Code),
                    new ReplySpan(" stops the notices."),
                ]),
            ],
        };
    }
}
