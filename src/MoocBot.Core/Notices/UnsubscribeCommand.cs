using Microsoft.Extensions.Logging;
using MoocBot.Core.Conversations;

namespace MoocBot.Core.Notices;

internal sealed class UnsubscribeCommand(INoticeStore store, SubscriptionAccess access, TimeProvider timeProvider, ILogger<UnsubscribeCommand> logger) : IChatCommand
{
    public ChatCommandInfo Info { get; } = access.CommandInfo("unsubscribe", "Stop update notices in this chat");

    public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken) =>
        access.ChangeTopicAsync(context, topic => ChangeAsync(context, topic, cancellationToken), logger);

    private async Task<Reply> ChangeAsync(ChatCommandContext context, string topic, CancellationToken cancellationToken)
    {
        var message = context.Message;
        var language = context.Language;
        var existing = await store.FindSubscriptionAsync(message.Platform, message.ChatId, cancellationToken);
        if (existing is null || existing.Topics.Count == 0)
        {
            return SubscriptionAccess.Text("unsubscribe.none", language);
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
            return SubscriptionAccess.Text("unsubscribe.not-subscribed", language, topic, access.Describe(existing.Topics, language));
        }

        if (!await access.MayChangeAsync(message, cancellationToken))
        {
            return SubscriptionAccess.NotAdministrator(language);
        }

        var saved = await store.SetTopicsAsync(message.Platform, message.ChatId, message.IsGroup, topics, timeProvider.GetUtcNow(), cancellationToken);
        Log.SubscriptionChanged(logger, message.Platform, message.ChatId, saved.Topics);
        return (saved.Topics.Count == 0
            ? ReplyComposer.ComposeText(MessageCatalogue.Get("unsubscribe.all", language))
            : ReplyComposer.ComposeText(MessageCatalogue.Get("unsubscribe.some", language, topic, access.Describe(saved.Topics, language)))) with { Language = language };
    }
}
