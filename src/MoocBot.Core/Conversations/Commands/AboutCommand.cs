using MoocBot.Core.Answering;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Conversations.Commands;

internal sealed class AboutCommand(CurrentFacts facts) : IChatCommand
{
    public ChatCommandInfo Info { get; } = new("about", "What I am and where my figures come from");

    public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var repository = facts.Repository;
        var language = context.Language;
        var blocks = new List<ReplyBlock>
        {
            ReplyBlock.Text(MessageCatalogue.Get("about.intro", language)),
            ReplyBlock.Text(MessageCatalogue.Get("about.count", language, repository.Facts.Count, repository.Articles.Count)),
        };

        // The title stays in the article's language; the source line follows the chat's.
        blocks.AddRange(repository.Articles.Select(a => new ReplyBlock(ReplyBlockKind.ListItem,
            [new ReplySpan("“" + a.Title + "”" + (language == ChatLanguage.Chinese ? "，" + ChineseFactFormatter.FormatSource(a) : ", " + FactFormatter.FormatSource(a)), SpanStyle.Plain, a.Url)])));
        blocks.Add(ReplyBlock.Text(MessageCatalogue.Get("about.version", language, repository.Version)));
        return Task.FromResult(new Reply { Blocks = blocks });
    }
}
