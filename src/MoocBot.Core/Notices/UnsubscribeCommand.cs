using Microsoft.Extensions.Logging;
using MoocBot.Core.Conversations;

namespace MoocBot.Core.Notices;

internal sealed class UnsubscribeCommand(INoticeStore store, SubscriptionAccess access, TimeProvider timeProvider, ILogger<UnsubscribeCommand> logger) : IChatCommand
{
    public ChatCommandInfo Info { get; } = access.CommandInfo("unsubscribe", "Stop update notices in this chat");

    public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken) =>
        access.ChangeTopicAsync(context, topic => ChangeAsync(context.Message, topic, cancellationToken), logger);

    private async Task<Reply> ChangeAsync(ChatMessage message, string topic, CancellationToken cancellationToken)
    {
        var existing = await store.FindSubscriptionAsync(message.Platform, message.ChatId, cancellationToken);
        if (existing is null || existing.Topics.Count == 0)
        {
            return ReplyComposer.ComposePrivateText("This chat has no subscriptions. Send /subscribe to get a notice when figures change.");
        }

        var topics = new HashSet<string>(existing.Topics, StringComparer.Ordinal);
        if (topic == NoticeTopics.All)
        {
            topics.Clear();
        }
        else if (topics.Remove(topic))
        {
        }
        else if (topics.Remove(NoticeTopics.All))
        {
            topics.UnionWith(access.Topics.Where(t => t != topic));
        }
        else
        {
            return ReplyComposer.ComposePrivateText($"This chat isn't subscribed to {topic}. It gets notices on {access.Describe(existing.Topics)}.");
        }

        if (!await access.MayChangeAsync(message, cancellationToken))
        {
            return SubscriptionAccess.NotAdministrator();
        }

        var saved = await store.SetTopicsAsync(message.Platform, message.ChatId, message.IsGroup, topics, timeProvider.GetUtcNow(), cancellationToken);
        Log.SubscriptionChanged(logger, message.Platform, message.ChatId, saved.Topics);
        return saved.Topics.Count == 0
            ? ReplyComposer.ComposeText("Unsubscribed: this chat gets no more update notices. Send /subscribe to start again.")
            : ReplyComposer.ComposeText($"Unsubscribed from {topic}. This chat still gets notices on {access.Describe(saved.Topics)}.");
    }
}
