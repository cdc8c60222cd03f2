using MoocBot.Core.Conversations;

namespace MoocBot.Telegram.Tests.EndToEnd;

/// <summary>A test command that repeats its argument, to prove user text is escaped on the way out.</summary>
internal sealed class EchoCommand : IChatCommand
{
    public ChatCommandInfo Info { get; } = new("echo", "Repeats what you write") { ArgumentName = "text", Listed = false };

    public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken) =>
        Task.FromResult(new Reply
        {
            Blocks =
            [
                new ReplyBlock(ReplyBlockKind.Paragraph, [new ReplySpan("You wrote: "), new ReplySpan(context.Arguments, SpanStyle.Bold)]),
            ],
        });
}
