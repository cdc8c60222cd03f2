using MoocBot.Core.Answering;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Conversations.Commands;

internal sealed class StatsCommand(CurrentFacts current, ReplyComposer composer) : IChatCommand
{
    public ChatCommandInfo Info { get; } = new("stats", "The headline figures");

    public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        var repository = current.Repository;
        var topic = repository.HeadlineTopic?.Id;
        var headline = repository.Facts.Where(f => f.Topic == topic).ToList();
        var asOf = headline
            .Select(f => language == ChatLanguage.Chinese ? ChineseFactFormatter.FormatAsOf(f.AsOf) : FactFormatter.FormatAsOf(f.AsOf))
            .Distinct()
            .ToList();
        var heading = asOf.Count == 1
            ? MessageCatalogue.Get("stats.heading.as-of", language, asOf[0])
            : MessageCatalogue.Get("stats.heading", language);
        return Task.FromResult(composer.ComposeList(heading, headline, withButtons: true, language));
    }
}
