using Microsoft.Extensions.Logging;
using MoocBot.Core.Answering;
using MoocBot.Core.Conversations;

namespace MoocBot.Core.Notices;

internal sealed class SubscribeCommand(INoticeStore store, SubscriptionAccess access, CurrentFacts facts, TimeProvider timeProvider, ILogger<SubscribeCommand> logger) : IChatCommand
{
    public ChatCommandInfo Info { get; } = new("subscribe", "Get a notice in this chat when figures change")
    {
        ArgumentName = "topic",
        ArgumentDescription = NoticeTopics.ArgumentDescription(facts.Repository),
        Example = "/subscribe west",
    };

    public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken) =>
        SubscriptionAccess.ChangeAsync(context, () => ChangeAsync(context, cancellationToken), logger);

    private async Task<Reply> ChangeAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var message = context.Message;
        var language = context.Language;
        if (access.ParseTopic(context.Arguments) is not { } topic)
        {
            return access.UnknownTopic(context.Arguments, language);
        }

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
