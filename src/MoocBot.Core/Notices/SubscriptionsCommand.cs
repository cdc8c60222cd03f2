using MoocBot.Core.Conversations;

namespace MoocBot.Core.Notices;

internal sealed class SubscriptionsCommand(INoticeStore store, SubscriptionAccess access) : IChatCommand
{
    public ChatCommandInfo Info { get; } = new("subscriptions", "Which update notices this chat gets") { RepliesPrivately = true };

    public async Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var message = context.Message;
        var language = context.Language;
        var subscription = await store.FindSubscriptionAsync(message.Platform, message.ChatId, cancellationToken);
        if (subscription is null || subscription.Topics.Count == 0)
        {
            return new Reply
            {
                Blocks = [ReplyBlock.Text(MessageCatalogue.Get("subscriptions.none", language, string.Join(", ", access.Topics)))],
                Buttons = [new ReplyButton(MessageCatalogue.Get("button.subscribe", language), "/subscribe")],
                Private = true,
                Language = language,
            };
        }

        var blocks = new List<ReplyBlock> { ReplyBlock.Text(MessageCatalogue.Get("subscriptions.list", language, access.Describe(subscription.Topics, language))) };
        if (!subscription.Active)
        {
            blocks.Add(ReplyBlock.Text(MessageCatalogue.Get("subscriptions.paused", language, subscription.DeactivatedReason ?? MessageCatalogue.Get("subscriptions.gone", language))));
        }

        return new Reply { Blocks = blocks, Buttons = [new ReplyButton(MessageCatalogue.Get("button.unsubscribe", language), "/unsubscribe")], Private = true, Language = language };
    }
}
