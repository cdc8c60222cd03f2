using MoocBot.Core.Answering;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Conversations.Commands;

internal sealed class TopicsCommand(CurrentFacts current, ReplyComposer composer) : IChatCommand
{
    public ChatCommandInfo Info { get; } = new("topics", "The topics I know, or the figures of one topic")
    {
        ArgumentName = "topic",
        ArgumentDescription = Describe(current.Repository),
        Example = "/topics " + (current.Repository.Topics is [var first, ..] ? first.Id : "national"),
    };

    public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var repository = current.Repository;
        var topic = context.Arguments.Trim().ToLowerInvariant();
        var facts = repository.Facts.Where(f => f.Topic == topic).ToList();
        if (facts.Count > 0)
        {
            var description = ReplyComposer.DescribeTopic(repository, topic);
            return Task.FromResult(composer.ComposeList(FactText.Capitalize(description) + ":", facts));
        }

        var blocks = new List<ReplyBlock>
        {
            ReplyBlock.Text(topic.Length == 0 ? "I know figures on these topics:" : $"I have no topic “{context.Arguments.Trim()}”. These are the topics I know:"),
        };
        foreach (var known in repository.Topics)
        {
            var count = repository.Facts.Count(f => f.Topic == known.Id);
            blocks.Add(new ReplyBlock(ReplyBlockKind.ListItem,
            [
                new ReplySpan(known.Id, SpanStyle.Bold),
                new ReplySpan($" — {known.Description} ({count} figures)"),
            ]));
        }

        blocks.Add(new ReplyBlock(ReplyBlockKind.Paragraph, [new ReplySpan("Send "), new ReplySpan(Info.Example!, SpanStyle.Code), new ReplySpan(" to list one topic's figures.")]));
        return Task.FromResult(new Reply
        {
            Blocks = blocks,
            Buttons = [.. repository.Topics.Select(t => new ReplyButton(t.Label, "/topics " + t.Id))],
        });
    }

    /// <summary>"national, platform, west, international or source": the topics of the repository served at start.</summary>
    private static string Describe(FactRepository repository)
    {
        var ids = repository.Topics.Select(t => t.Id).ToList();
        return ids.Count <= 1 ? string.Join(string.Empty, ids) : string.Join(", ", ids.Take(ids.Count - 1)) + " or " + ids[^1];
    }
}
