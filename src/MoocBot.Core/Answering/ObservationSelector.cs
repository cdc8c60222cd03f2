using MoocBot.Core.Facts;

namespace MoocBot.Core.Answering;

/// <summary>
/// Picks the observation of a measure for the time a question names; the one place the answer, the reply and
/// <c>ask --json</c> take it from. The rules:
/// <list type="bullet">
/// <item>A year or month picks the newest observation as of that year or month ("in 2022" is Nov 2022's 62,000, not
/// Jun 2022's 52,500).</item>
/// <item>A time between two observations has no figure: the nearest observation before and after it are given, never
/// a value between them.</item>
/// <item>A time before the first or after the newest observation is outside the range the measure has.</item>
/// <item>A source picks the newest observation quoting or citing that publisher; a measure with none from it keeps its
/// newest observation.</item>
/// <item>A change ("since 2020") goes from the observation for that time to the newest one (or the one for the second
/// time named); a start between or outside the observations is told as such, with no change computed.</item>
/// </list>
/// </summary>
public static class ObservationSelector
{
    /// <summary>The observation of <paramref name="measure"/> for <paramref name="scope"/>.</summary>
    public static TimeSelection Select(FactRepository repository, Measure measure, TimeScope scope)
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.At is { } at)
        {
            var first = At(measure, scope, at);
            if (!scope.IsChange || first.Outcome != TimeOutcome.Picked)
            {
                return first;
            }

            var last = scope.Until is { } until ? At(measure, scope, until) : new TimeSelection(measure, scope, TimeOutcome.Latest, measure.Latest);
            if (last.Outcome is not (TimeOutcome.Picked or TimeOutcome.Latest))
            {
                return last;
            }

            var (older, newer) = Ordered(measure, first.Observation!, last.Observation!);
            return ReferenceEquals(older, newer)
                ? first
                : new TimeSelection(measure, scope, TimeOutcome.Change, newer) { From = older };
        }

        if (scope.Publisher is { } publisher)
        {
            for (var i = measure.Observations.Count - 1; i >= 0; i--)
            {
                var observation = measure.Observations[i];
                var source = repository.FindSource(measure.ToFact(observation));
                if (source is not null && IsPublisher(source.Publisher, publisher))
                {
                    return new TimeSelection(measure, scope, TimeOutcome.Picked, observation);
                }
            }
        }

        return new TimeSelection(measure, scope, TimeOutcome.Latest, measure.Latest);
    }

    /// <summary>"Dec 2017 to Dec 2024", or "Nov 2022" for a measure with one dated observation (or one date).</summary>
    public static string DescribeRange(Measure measure)
    {
        ArgumentNullException.ThrowIfNull(measure);
        var first = FactFormatter.FormatShortAsOf(measure.Observations[0].AsOf);
        var last = FactFormatter.FormatShortAsOf(measure.Latest.AsOf);
        return first == last ? first : first + " to " + last;
    }

    private static TimeSelection At(Measure measure, TimeScope scope, TimePoint point)
    {
        Observation? before = null;
        Observation? after = null;
        Observation? within = null;
        foreach (var observation in measure.Observations)
        {
            if (!FactFormatter.TryParseAsOf(observation.AsOf, out var start, out var precision))
            {
                continue;
            }

            var end = precision switch
            {
                AsOfPrecision.Year => new DateOnly(start.Year, 12, 31),
                AsOfPrecision.Month => start.AddMonths(1).AddDays(-1),
                _ => start,
            };
            if (end < point.Start)
            {
                before = observation;
            }
            else if (start > point.End)
            {
                after ??= observation;
            }
            else
            {
                // Oldest first, so the last one within the time is the newest as of it.
                within = observation;
            }
        }

        return within is not null ? new TimeSelection(measure, scope, TimeOutcome.Picked, within)
            : before is not null && after is not null ? new TimeSelection(measure, scope, TimeOutcome.Between, null) { Before = before, After = after }
            : new TimeSelection(measure, scope, TimeOutcome.Outside, null);
    }

    private static (Observation Older, Observation Newer) Ordered(Measure measure, Observation a, Observation b) =>
        measure.IndexOf(a) <= measure.IndexOf(b) ? (a, b) : (b, a);

    /// <summary>"Xinhua (People's Daily Online)" is Xinhua's; "People's Daily" is not "People's Daily Online".</summary>
    private static bool IsPublisher(string publisher, string named) =>
        string.Equals(publisher, named, StringComparison.OrdinalIgnoreCase)
        || string.Equals(FactFormatter.ShortPublisher(publisher), named, StringComparison.OrdinalIgnoreCase);
}
