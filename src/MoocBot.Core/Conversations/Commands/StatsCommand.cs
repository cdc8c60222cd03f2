using MoocBot.Core.Answering;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Conversations.Commands;

internal sealed class StatsCommand(CurrentFacts current, ReplyComposer composer) : IChatCommand
{
    private const string HeadlineTopic = "national";

    public ChatCommandInfo Info { get; } = new("stats", "The headline figures");

    public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken)
    {
        var repository = current.Repository;
        var headline = repository.Facts.Where(f => f.Topic == HeadlineTopic).ToList();
        var asOf = headline.Select(f => FactFormatter.FormatAsOf(f.AsOf)).Distinct().ToList();
        var heading = "China's MOOCs" + (asOf.Count == 1 ? ", as of " + asOf[0] : string.Empty) + ":";
        return Task.FromResult(composer.ComposeList(heading, headline, withButtons: true));
    }
}
