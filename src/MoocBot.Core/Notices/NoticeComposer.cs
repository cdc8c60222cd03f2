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
        var description = ReplyComposer.TopicDescriptions.GetValueOrDefault(topic, topic);
        var blocks = new List<ReplyBlock>
        {
            new(ReplyBlockKind.Heading, [new ReplySpan("Updated figures: " + description)]),
        };
        blocks.AddRange(changes.Select(Item));

        var sources = changes
            .Where(c => c.Current is not null)
            .Select(c => current.ArticleOf(c.Current!))
            .DistinctBy(a => a.Id)
            .Select(a => new ReplySource(FactFormatter.FormatSource(a), a.Url))
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
                .Select(c => new ReplyButton(FactText.ButtonLabel(c.Current!.Counts), "/fact " + c.Id))],
        };
    }

    private static ReplyBlock Item(FactChange change) => change.Kind switch
    {
        FactChangeKind.Added => new ReplyBlock(ReplyBlockKind.ListItem,
        [
            new ReplySpan("New: " + FactText.Capitalize(change.Current!.Counts) + ": "),
            new ReplySpan(change.Current.Display, SpanStyle.Bold),
            new ReplySpan($" (as of {FactFormatter.FormatAsOf(change.Current.AsOf)})"),
        ]),
        FactChangeKind.Removed => new ReplyBlock(ReplyBlockKind.ListItem,
        [
            new ReplySpan("No longer reported: " + FactText.Capitalize(change.Previous!.Counts) + " (was "),
            new ReplySpan(change.Previous.Display),
            new ReplySpan($", as of {FactFormatter.FormatAsOf(change.Previous.AsOf)})"),
        ]),
        _ => Changed(change.Previous!, change.Current!),
    };

    private static ReplyBlock Changed(Fact previous, Fact current)
    {
        var spans = new List<ReplySpan> { new(FactText.Capitalize(current.Counts) + ": ") };
        if (string.Equals(previous.Display, current.Display, StringComparison.Ordinal))
        {
            spans.Add(new ReplySpan(current.Display, SpanStyle.Bold));
        }
        else
        {
            spans.Add(new ReplySpan(previous.Display));
            spans.Add(new ReplySpan(" → "));
            spans.Add(new ReplySpan(current.Display, SpanStyle.Bold));
        }

        var asOf = string.Equals(previous.AsOf, current.AsOf, StringComparison.Ordinal)
            ? $" (as of {FactFormatter.FormatAsOf(current.AsOf)}"
            : $" (as of {FactFormatter.FormatAsOf(current.AsOf)}, was {FactFormatter.FormatAsOf(previous.AsOf)}";
        var sourceOnly = string.Equals(previous.Display, current.Display, StringComparison.Ordinal) && previous.Value == current.Value;
        spans.Add(new ReplySpan(asOf + (sourceOnly ? "; source updated)" : ")")));
        return new ReplyBlock(ReplyBlockKind.ListItem, spans);
    }
}
