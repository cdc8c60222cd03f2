using MoocBot.Core.Answering;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Conversations.Commands;

internal sealed class StatsCommand(CurrentFacts current, ReplyComposer composer) : IChatCommand
{
    public ChatCommandInfo Info { get; } = new("stats", "The headline figures");

    private readonly RepositoryReplies _replies = new();

    /// <remarks>The reply depends only on the repository version and the language: composed once for each.</remarks>
    public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var repository = current.Repository;
        return Task.FromResult(_replies.GetOrCompose(repository, Info.Name, string.Empty, context.Language, (Command: this, Repository: repository, context.Language), static s =>
            s.Command.Compose(s.Repository, s.Language)));
    }

    private Reply Compose(FactRepository repository, ChatLanguage language)
    {
        var topic = repository.HeadlineTopic?.Id;
        var headline = repository.Facts.Where(f => f.Topic == topic).ToList();
        var asOf = headline
            .Select(f => language == ChatLanguage.Chinese ? ChineseFactFormatter.FormatAsOf(f.AsOf) : FactFormatter.FormatAsOf(f.AsOf))
            .Distinct()
            .ToList();
        var heading = asOf.Count == 1
            ? MessageCatalogue.Get("stats.heading.as-of", language, asOf[0])
            : MessageCatalogue.Get("stats.heading", language);
        return composer.ComposeList(heading, headline, withButtons: true, language);
    }
}
