using MoocBot.Core.Conversations;

namespace MoocBot.Core.Notices;

internal sealed class SubscriptionsCommand(INoticeStore store, SubscriptionAccess access) : IChatCommand
{
    public ChatCommandInfo Info { get; } = new("subscriptions", "Which update notices this chat gets") { RepliesPrivately = true };

    public async Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var message = context.Message;
        var subscription = await store.FindSubscriptionAsync(message.Platform, message.ChatId, cancellationToken);
        if (subscription is null || subscription.Topics.Count == 0)
        {
            return new Reply
            {
                Blocks = [ReplyBlock.Text("This chat gets no update notices. Send /subscribe for all figures, or /subscribe with a topic: " + string.Join(", ", access.Topics) + ".")],
                Buttons = [new ReplyButton("Subscribe", "/subscribe")],
                Private = true,
            };
        }

        var blocks = new List<ReplyBlock> { ReplyBlock.Text("This chat gets update notices on " + access.Describe(subscription.Topics) + ".") };
        if (!subscription.Active)
        {
            blocks.Add(ReplyBlock.Text("They are paused because I could not post here (" + (subscription.DeactivatedReason ?? "the chat was gone") + "). Send /subscribe to resume."));
        }

        return new Reply { Blocks = blocks, Buttons = [new ReplyButton("Unsubscribe", "/unsubscribe")], Private = true };
    }
}
