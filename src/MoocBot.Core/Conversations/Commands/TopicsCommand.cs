using MoocBot.Core.Answering;

namespace MoocBot.Core.Conversations.Commands;

internal sealed class TopicsCommand(CurrentFacts current, ReplyComposer composer) : IChatCommand
{
    public ChatCommandInfo Info { get; } = new("topics", "The topics I know, or the figures of one topic")
    {
        ArgumentName = "topic",
        ArgumentDescription = "national, platform, west, international or source",
        Example = "/topics west",
    };

    public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var repository = current.Repository;
        var topic = context.Arguments.Trim().ToLowerInvariant();
        var facts = repository.Facts.Where(f => f.Topic == topic).ToList();
        if (facts.Count > 0)
        {
            var description = ReplyComposer.TopicDescriptions.GetValueOrDefault(topic, topic);
            return Task.FromResult(composer.ComposeList(FactText.Capitalize(description) + ":", facts));
        }

        var blocks = new List<ReplyBlock>
        {
            ReplyBlock.Text(topic.Length == 0 ? "I know figures on these topics:" : $"I have no topic “{context.Arguments.Trim()}”. These are the topics I know:"),
        };
        foreach (var name in repository.Topics)
        {
            var count = repository.Facts.Count(f => f.Topic == name);
            blocks.Add(new ReplyBlock(ReplyBlockKind.ListItem,
            [
                new ReplySpan(name, SpanStyle.Bold),
                new ReplySpan($" — {ReplyComposer.TopicDescriptions.GetValueOrDefault(name, name)} ({count} figures)"),
            ]));
        }

        blocks.Add(new ReplyBlock(ReplyBlockKind.Paragraph, [new ReplySpan("Send "), new ReplySpan("/topics west", SpanStyle.Code), new ReplySpan(" to list one topic's figures.")]));
        return Task.FromResult(new Reply
        {
            Blocks = blocks,
            Buttons = [.. repository.Topics.Select(t => new ReplyButton(FactText.Capitalize(t), "/topics " + t))],
        });
    }
}
