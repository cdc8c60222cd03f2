namespace MoocBot.Core.Facts;

/// <summary>
/// What is counted (the number of MOOCs in China, registered users, ...) and every value the repository holds for it,
/// oldest first. The newest observation is the current figure; the older ones are its history.
/// </summary>
public sealed record Measure
{
    /// <summary>Stable id, e.g. <c>national.moocs</c>; it starts with the topic's id.</summary>
    public required string Id { get; init; }

    /// <summary>The id of the <see cref="Facts.Topic"/> it belongs to.</summary>
    public required string Topic { get; init; }

    /// <summary>A short label for notices and charts ("MOOCs in China").</summary>
    public required string Label { get; init; }

    /// <summary>What the figure counts, in plain words ("MOOCs (massive open online courses) in China").</summary>
    public required string Counts { get; init; }

    /// <summary>Unit of the values: "courses", "people", "%", "year", ...</summary>
    public required string Unit { get; init; }

    /// <summary>Curated phrasings people use for this measure.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>What the figure does not mean, when people could misread it.</summary>
    public string? Note { get; init; }

    /// <summary>The label in Chinese ("中国慕课数量"), for Chinese replies and charts; null when none is kept.</summary>
    public string? ChineseLabel { get; init; }

    /// <summary>What the figure counts, in Chinese; null when none is kept (a Chinese reply then shows the English).</summary>
    public string? ChineseCounts { get; init; }

    /// <summary><see cref="Note"/> in Chinese, or null.</summary>
    public string? ChineseNote { get; init; }

    /// <summary>The values, oldest first (the facts check proves the order); never empty in a checked repository.</summary>
    public required IReadOnlyList<Observation> Observations { get; init; }

    /// <summary>The newest observation: the current figure.</summary>
    public Observation Latest => Observations[^1];

    /// <summary>The observation before <paramref name="observation"/>, or null for the oldest (or one not of this measure).</summary>
    public Observation? Before(Observation observation)
    {
        var index = IndexOf(observation);
        return index > 0 ? Observations[index - 1] : null;
    }

    /// <summary>The position of an observation in <see cref="Observations"/>, or -1.</summary>
    public int IndexOf(Observation observation)
    {
        for (var i = 0; i < Observations.Count; i++)
        {
            if (Observations[i] == observation)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The observation a fact view shows, or null when the fact is not one of this measure's observations.</summary>
    public Observation? ObservationOf(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return string.Equals(fact.Id, Id, StringComparison.Ordinal)
            ? Observations.LastOrDefault(o => o.Value == fact.Value && o.Qualifier == fact.Qualifier
                && string.Equals(o.Display, fact.Display, StringComparison.Ordinal)
                && string.Equals(o.AsOf, fact.AsOf, StringComparison.Ordinal)
                && o.Evidence == fact.Evidence)
            : null;
    }

    /// <summary>A measure with one observation: the figure a fact view shows.</summary>
    public static Measure FromFact(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return new Measure
        {
            Id = fact.Id,
            Topic = fact.Topic,
            Label = fact.Label,
            Counts = fact.Counts,
            Unit = fact.Unit,
            Aliases = fact.Aliases,
            Note = fact.Note,
            ChineseLabel = fact.ChineseLabel,
            ChineseCounts = fact.ChineseCounts,
            ChineseNote = fact.ChineseNote,
            Observations =
            [
                new Observation
                {
                    Value = fact.Value,
                    Qualifier = fact.Qualifier,
                    Display = fact.Display,
                    AsOf = fact.AsOf,
                    Evidence = fact.Evidence,
                    Note = fact.ObservationNote,
                    ChineseDisplay = fact.ChineseDisplay,
                    ChineseNote = fact.ChineseObservationNote,
                },
            ],
        };
    }

    /// <summary>The measure at one observation, as the rest of the bot reads a figure.</summary>
    public Fact ToFact(Observation observation)
    {
        ArgumentNullException.ThrowIfNull(observation);
        return new Fact
        {
            Id = Id,
            Topic = Topic,
            Label = Label,
            Counts = Counts,
            Value = observation.Value,
            Unit = Unit,
            Qualifier = observation.Qualifier,
            Display = observation.Display,
            AsOf = observation.AsOf,
            Evidence = observation.Evidence,
            Aliases = Aliases,
            Note = Note,
            ObservationNote = observation.Note,
            ChineseLabel = ChineseLabel,
            ChineseCounts = ChineseCounts,
            ChineseNote = ChineseNote,
            ChineseDisplay = observation.ChineseDisplay,
            ChineseObservationNote = observation.ChineseNote,
        };
    }

    /// <summary>Every observation as a fact view, oldest first.</summary>
    public IReadOnlyList<Fact> History() => [.. Observations.Select(ToFact)];
}
