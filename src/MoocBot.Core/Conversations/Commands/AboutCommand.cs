using MoocBot.Core.Answering;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Conversations.Commands;

internal sealed class AboutCommand(CurrentFacts facts) : IChatCommand
{
    public ChatCommandInfo Info { get; } = new("about", "What I am and where my figures come from");

    private readonly RepositoryReplies _replies = new();

    /// <remarks>The reply depends only on the repository version and the language: composed once for each.</remarks>
    public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var repository = facts.Repository;
        return Task.FromResult(_replies.GetOrCompose(repository, Info.Name, string.Empty, context.Language, (Repository: repository, context.Language), static s =>
            Compose(s.Repository, s.Language)));
    }

    private static Reply Compose(FactRepository repository, ChatLanguage language)
    {
        var blocks = new List<ReplyBlock>
        {
            ReplyBlock.Text(MessageCatalogue.Get("about.intro", language)),
            ReplyBlock.Text(MessageCatalogue.Get("about.count", language, repository.Facts.Count, repository.Articles.Count)),
        };

        // The title stays in the article's language; the source line follows the chat's.
        blocks.AddRange(repository.Articles.Select(a => new ReplyBlock(ReplyBlockKind.ListItem,
            [new ReplySpan("“" + a.Title + "”" + (language == ChatLanguage.Chinese ? "，" + ChineseFactFormatter.FormatSource(a) : ", " + FactFormatter.FormatSource(a)), SpanStyle.Plain, a.Url)])));
        blocks.Add(ReplyBlock.Text(MessageCatalogue.Get("about.version", language, repository.Version)));
        return new Reply { Blocks = blocks };
    }
}
