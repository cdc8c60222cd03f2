using MoocBot.Core.Answering;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Conversations.Commands;

internal sealed class TopicsCommand(CurrentFacts current, ReplyComposer composer) : IChatCommand
{
    public ChatCommandInfo Info { get; } = new("topics", "The topics I know, or the figures of one topic")
    {
        ArgumentName = "topic",
        ArgumentDescription = Describe(current.Repository),
        Example = current.Repository.HeadlineTopic is { } headline ? "/topics " + headline.Id : "/topics",
    };

    public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        var chinese = language == ChatLanguage.Chinese;
        var repository = current.Repository;
        var asked = context.Arguments.Trim();

        // A topic is named by its id, or in Chinese by its Chinese label ("/topics 西部").
        var topic = repository.Topics.FirstOrDefault(t => string.Equals(t.ChineseLabel, asked, StringComparison.Ordinal))?.Id ?? asked.ToLowerInvariant();
        var facts = repository.Facts.Where(f => f.Topic == topic).ToList();
        if (facts.Count > 0)
        {
            var description = ReplyComposer.DescribeTopic(repository, topic, language);
            return Task.FromResult(composer.ComposeList(MessageCatalogue.Get("topics.heading", language, FactText.Capitalize(description)), facts, withButtons: false, language));
        }

        var blocks = new List<ReplyBlock>
        {
            ReplyBlock.Text(topic.Length == 0 ? MessageCatalogue.Get("topics.known", language) : MessageCatalogue.Get("topics.unknown", language, asked)),
        };
        foreach (var known in repository.Topics)
        {
            var count = repository.Facts.Count(f => f.Topic == known.Id);
            blocks.Add(new ReplyBlock(ReplyBlockKind.ListItem,
            [
                new ReplySpan(known.Id, SpanStyle.Bold),
                new ReplySpan(MessageCatalogue.Get("topics.item", language, ReplyComposer.DescribeTopic(repository, known.Id, language), count)),
            ]));
        }

        blocks.Add(new ReplyBlock(ReplyBlockKind.Paragraph,
        [
            new ReplySpan(MessageCatalogue.Get("topics.send", language)),
            new ReplySpan(Info.Example!, SpanStyle.Code),
            new ReplySpan(MessageCatalogue.Get("topics.send.after", language)),
        ]));
        return Task.FromResult(new Reply
        {
            Blocks = blocks,
            Buttons = [.. repository.Topics.Select(t => new ReplyButton((chinese ? t.ChineseLabel : null) ?? t.Label, "/topics " + t.Id))],
            Language = language,
        });
    }

    /// <summary>"national, platform, west, international or source": the topics of the repository served at start.</summary>
    private static string Describe(FactRepository repository)
    {
        var ids = repository.Topics.Select(t => t.Id).ToList();
        return ids.Count <= 1 ? string.Join(string.Empty, ids) : string.Join(", ", ids.Take(ids.Count - 1)) + " or " + ids[^1];
    }
}
