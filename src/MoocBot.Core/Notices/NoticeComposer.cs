using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Notices;

/// <summary>Writes the update notices for a diff: one reply per changed topic, old → new, with the new source.</summary>
public static class NoticeComposer
{
    private const int MaxButtons = 3;

    /// <summary>One notice per topic with changes, in the order the topics first change.</summary>
    public static IReadOnlyList<NoticeDraft> Compose(FactDiff diff, FactRepository current)
    {
        ArgumentNullException.ThrowIfNull(diff);
        ArgumentNullException.ThrowIfNull(current);
        return [.. diff.Topics.Select(topic => new NoticeDraft(topic, ComposeTopic(topic, [.. diff.Changes.Where(c => c.Topic == topic)], current)))];
    }

    /// <summary>The notice for one topic's changes.</summary>
    public static Reply ComposeTopic(string topic, IReadOnlyList<FactChange> changes, FactRepository current)
    {
        ArgumentNullException.ThrowIfNull(changes);
        ArgumentNullException.ThrowIfNull(current);
        var description = ReplyComposer.DescribeTopic(current, topic);
        var blocks = new List<ReplyBlock>
        {
            new(ReplyBlockKind.Heading, [new ReplySpan("Updated figures: " + description)]),
        };
        blocks.AddRange(changes.Select(Item));

        var sources = changes
            .Select(c => c.CurrentSource ?? (c.Current is null ? null : current.FindSource(c.Current)))
            .OfType<FactSource>()
            .DistinctBy(s => s.Id)
            .Select(s => new ReplySource(FactFormatter.FormatSource(s), s.Url))
            .ToList();
        blocks.AddRange(sources.Select(s => new ReplyBlock(ReplyBlockKind.Source, [new ReplySpan("Source: " + s.Text, SpanStyle.Italic, s.Url)])));
        blocks.Add(new ReplyBlock(ReplyBlockKind.Paragraph,
        [
            new ReplySpan("You get this because this chat subscribed to figure updates. Send "),
            new ReplySpan("/unsubscribe", SpanStyle.Code),
            new ReplySpan(" to stop."),
        ]));

        return new Reply
        {
            Blocks = blocks,
            Source = sources.Count > 0 ? sources[0] : null,
            Buttons = [.. changes
                .Where(c => c.Current is not null)
                .Take(MaxButtons)
                .Select(c => new ReplyButton(FactText.ButtonLabel(c.Current!.Label), "/fact " + c.Id))],
        };
    }

    /// <summary>
    /// One line per measure: "MOOCs in China: 62,000 (Nov 2022, People's Daily) → more than 97,000 (Dec 2024, Xinhua)",
    /// "New: …", or "No longer reported: …"; each figure with its date and source.
    /// </summary>
    private static ReplyBlock Item(FactChange change) => change.Kind switch
    {
        FactChangeKind.Added => new ReplyBlock(ReplyBlockKind.ListItem,
        [
            new ReplySpan("New: " + FactText.Capitalize(change.Current!.Label) + ": "),
            new ReplySpan(Brief(change.Current, change.CurrentSource), SpanStyle.Bold),
        ]),
        FactChangeKind.Removed => new ReplyBlock(ReplyBlockKind.ListItem,
        [
            new ReplySpan("No longer reported: " + FactText.Capitalize(change.Previous!.Label) + ", was " + Brief(change.Previous, change.PreviousSource)),
        ]),
        _ => new ReplyBlock(ReplyBlockKind.ListItem,
        [
            new ReplySpan(FactText.Capitalize(change.Current!.Label) + ": "),
            new ReplySpan(Brief(change.Previous!, change.PreviousSource)),
            new ReplySpan(" → "),
            new ReplySpan(Brief(change.Current, change.CurrentSource), SpanStyle.Bold),
        ]),
    };

    private static string Brief(Fact fact, FactSource? source) =>
        source is null ? $"{fact.Display} (as of {FactFormatter.FormatAsOf(fact.AsOf)})" : FactFormatter.FormatBrief(fact, source);
}
