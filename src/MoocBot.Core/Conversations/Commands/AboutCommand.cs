using MoocBot.Core.Answering;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Conversations.Commands;

internal sealed class AboutCommand(CurrentFacts facts) : IChatCommand
{
    public ChatCommandInfo Info { get; } = new("about", "What I am and where my figures come from");

    public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var repository = facts.Repository;
        var blocks = new List<ReplyBlock>
        {
            ReplyBlock.Text("I am MoocBot. I answer questions about China's MOOC (massive open online course) figures. Every figure I give is quoted from a published article; I never estimate or invent one."),
            ReplyBlock.Text($"I know {repository.Facts.Count} figures from {repository.Articles.Count} article(s):"),
        };
        blocks.AddRange(repository.Articles.Select(a => new ReplyBlock(ReplyBlockKind.ListItem,
            [new ReplySpan("“" + a.Title + "”, " + FactFormatter.FormatSource(a), SpanStyle.Plain, a.Url)])));
        blocks.Add(ReplyBlock.Text($"Fact repository version {repository.Version}."));
        return Task.FromResult(new Reply { Blocks = blocks });
    }
}
