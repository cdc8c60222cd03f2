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

    private readonly RepositoryReplies _replies = new();

    /// <remarks>
    /// The list of topics and each topic's figures depend only on the repository version and the language: composed once
    /// for each. A topic it does not know is answered afresh (the reply repeats what was asked).
    /// </remarks>
    public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var repository = current.Repository;
        var asked = context.Arguments.Trim();
        var topic = TopicNamed(repository, asked);
        var state = (Command: this, Repository: repository, Asked: asked, Topic: topic, context.Language);
        return Task.FromResult(topic.Length == 0 || HasFacts(repository, topic)
            ? _replies.GetOrCompose(repository, Info.Name, topic, context.Language, state, static s => s.Command.Compose(s.Repository, s.Asked, s.Topic, s.Language))
            : Compose(repository, asked, topic, context.Language));
    }

    /// <summary>A topic is named by its id, or in Chinese by its Chinese label ("/topics 西部").</summary>
    private static string TopicNamed(FactRepository repository, string asked)
    {
        foreach (var known in repository.Topics)
        {
            if (string.Equals(known.ChineseLabel, asked, StringComparison.Ordinal))
            {
                return known.Id;
            }
        }

        return asked.ToLowerInvariant();
    }

    private static bool HasFacts(FactRepository repository, string topic)
    {
        foreach (var fact in repository.Facts)
        {
            if (fact.Topic == topic)
            {
                return true;
            }
        }

        return false;
    }

    private Reply Compose(FactRepository repository, string asked, string topic, ChatLanguage language)
    {
        var chinese = language == ChatLanguage.Chinese;
        var facts = repository.Facts.Where(f => f.Topic == topic).ToList();
        if (facts.Count > 0)
        {
            var description = ReplyComposer.DescribeTopic(repository, topic, language);
            return composer.ComposeList(MessageCatalogue.Get("topics.heading", language, FactText.Capitalize(description)), facts, withButtons: false, language);
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
        return new Reply
        {
            Blocks = blocks,
            Buttons = [.. repository.Topics.Select(t => new ReplyButton((chinese ? t.ChineseLabel : null) ?? t.Label, "/topics " + t.Id))],
            Language = language,
        };
    }

    /// <summary>"national, platform, west, international or source": the topics of the repository served at start.</summary>
    private static string Describe(FactRepository repository)
    {
        var ids = repository.Topics.Select(t => t.Id).ToList();
        return ids.Count <= 1 ? string.Join(string.Empty, ids) : string.Join(", ", ids.Take(ids.Count - 1)) + " or " + ids[^1];
    }
}
