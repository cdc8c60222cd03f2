using MoocBot.Core.Facts;

namespace MoocBot.Core.Answering;

/// <summary>
/// Finds the fact a question asks about. A question is folded (case, Unicode compatibility forms,
/// punctuation), split into words and figures ("979m", "979 million", "9.79亿" are one figure),
/// stemmed, read through the synonym table and corrected for typos; the facts are then scored
/// through an inverted index on how much of the question they cover, how completely one of their
/// aliases is matched, whether they hold a figure the question quotes, and whether they are the
/// kind of answer asked for ("how many" wants a count, "when" a date). A question about something
/// the repository does not hold (another country, another year, the future, chit-chat) is not
/// found; two facts that fit equally make the answer ambiguous. Thread-safe.
/// </summary>
public sealed class FactAnswerer
{
    private const float AnswerThreshold = 0.5f;
    private const float AmbiguityRatio = 0.88f;
    private const int MaxCandidates = 5;
    private const int MaxSuggestions = 3;

    private static readonly System.Buffers.SearchValues<char> Operators = System.Buffers.SearchValues.Create("+*/=×÷^");

    private readonly Lexicon _lexicon;
    private readonly FactIndex _index;
    private readonly QuestionScorer _scorer;
    private readonly Dictionary<string, int> _positions;
    private readonly TimeProvider _time;
    private readonly string[] _publishers;

    /// <summary>Builds the index over a repository; <paramref name="time"/> (the system clock by default) reads "last year".</summary>
    public FactAnswerer(FactRepository repository, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(repository);
        Repository = repository;
        _time = time ?? TimeProvider.System;
        _publishers = [.. repository.Articles.Select(a => a.Publisher)
            .Concat(repository.Reports.SelectMany(r => new[] { r.Publisher, FactFormatter.ShortPublisher(r.Publisher) }))
            .Distinct(StringComparer.Ordinal)];
        _lexicon = new Lexicon();
        _index = new FactIndex(repository, _lexicon);
        _scorer = new QuestionScorer(_lexicon, _index);
        _positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < repository.Facts.Count; i++)
        {
            _positions.TryAdd(repository.Facts[i].Id, i);
        }
    }

    /// <summary>The repository this answerer indexes.</summary>
    public FactRepository Repository { get; }

    /// <summary>
    /// Answers one question; never throws for any text. A time the question names picks the observation through
    /// <see cref="ObservationSelector"/> (see <see cref="Answering.Answer.Time"/>).
    /// </summary>
    public Answer Answer(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.Length > Analysis.MaxQuestionLength || string.IsNullOrWhiteSpace(question) || IsArithmetic(question))
        {
            return NotFound(question, []);
        }

        var today = DateOnly.FromDateTime(_time.GetLocalNow().DateTime);
        var (scope, rewritten) = TimeScopeReader.Read(question, today, _publishers);
        var answer = Score(question, rewritten, scope);
        return scope.IsEmpty && answer.Reason != NotFoundReason.OtherTime ? answer : Scoped(answer, scope);
    }

    /// <summary>
    /// The answer about a measure already chosen (a follow-up read against the question before it): the time
    /// <paramref name="question"/> names, else <paramref name="carried"/>, picks the observation as for any question.
    /// </summary>
    public Answer AnswerMeasure(string question, Measure measure, TimeScope carried, double confidence)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(carried);
        var today = DateOnly.FromDateTime(_time.GetLocalNow().DateTime);
        var (scope, _) = TimeScopeReader.Read(question, today, _publishers);
        var answer = new Answer(question, AnswerStatus.Answered, Clamp(confidence), [measure.ToFact(measure.Latest)], []);
        scope = scope.IsEmpty ? carried : scope;
        return scope.IsEmpty ? answer : Scoped(answer, scope);
    }

    /// <summary>
    /// The answer at the time the question names: the observation for it, the change since it, or not found when the
    /// measure has no figure for it (between two observations, or outside them: other time, with the measure's range).
    /// </summary>
    private Answer Scoped(Answer answer, TimeScope scope)
    {
        var fact = answer.Status switch
        {
            AnswerStatus.Answered => answer.Facts[0],
            AnswerStatus.NotFound when answer.Reason == NotFoundReason.OtherTime => answer.Facts.Count > 0 ? answer.Facts[0] : null,
            _ => null,
        };
        if (fact is null || Repository.FindMeasure(fact.Id) is not { } measure || FactIndex.KindOf(fact) == FactKind.When)
        {
            return answer.Status == AnswerStatus.NotFound ? answer with { Facts = [] } : answer;
        }

        var selection = ObservationSelector.Select(Repository, measure, scope);
        if (answer.Status == AnswerStatus.NotFound && selection.Outcome is not (TimeOutcome.Between or TimeOutcome.Outside))
        {
            // The future ("will", "next year"): no observation answers it, whatever year it names.
            selection = new TimeSelection(measure, scope, TimeOutcome.Outside, null);
        }

        return selection.Outcome switch
        {
            TimeOutcome.Picked or TimeOutcome.Change => answer with
            {
                Status = AnswerStatus.Answered,
                Facts = [measure.ToFact(selection.Observation!), .. answer.Facts.Skip(1).Where(f => f.Id != measure.Id)],
                Reason = NotFoundReason.None,
                Time = selection,
            },
            TimeOutcome.Between => new Answer(answer.Question, AnswerStatus.NotFound, 0, [],
                [measure.ToFact(selection.Before!), measure.ToFact(selection.After!)], NotFoundReason.BetweenObservations) { Time = selection },
            TimeOutcome.Outside => new Answer(answer.Question, AnswerStatus.NotFound, 0, [],
                answer.Status == AnswerStatus.NotFound ? answer.Suggestions : [measure.ToFact(measure.Latest)], NotFoundReason.OtherTime) { Time = selection },
            _ => answer.Status == AnswerStatus.NotFound ? answer with { Facts = [] } : answer,
        };
    }

    private Answer Score(string question, string rewritten, TimeScope scope)
    {
        var scratch = ScoringScratch.For(_index);
        try
        {
            var analysis = scratch.Analysis;
            _lexicon.Analyze(rewritten, analysis, question: true);
            var flags = analysis.Flags | (MentionsUnitedStates(question) ? TermFlags.Foreign : TermFlags.None);

            var intent = (flags & TermFlags.Share) != 0 ? TermFlags.Share : analysis.LeadingIntent;
            _scorer.MuteAttribution(analysis, intent);
            _scorer.MuteWorldOfCountries(analysis);
            var matchedFigure = _scorer.Score(scratch, analysis, intent, AnswerThreshold * AmbiguityRatio);
            if (analysis.ConceptCount == 0 && !matchedFigure)
            {
                return NotFound(question, []);
            }

            var asksForFigure = matchedFigure || (intent & (TermFlags.Count | TermFlags.Share | TermFlags.When)) != 0
                || analysis.HasConcept(_lexicon.RankConcept);
            var outOfScope = (flags & (TermFlags.Foreign | TermFlags.Future | TermFlags.Reason | TermFlags.Ratio)) != 0
                || ((flags & TermFlags.NotAFigure) != 0 && !asksForFigure)
                || _scorer.AsksForPopulation(analysis);
            if (outOfScope || scratch.TopLength == 0 || scratch.TopScores[0] < AnswerThreshold)
            {
                var reason = ReasonFor(flags, analysis, scratch);
                return NotFound(question, NearFacts(scratch), reason) with { Facts = reason == NotFoundReason.OtherTime ? OtherTimeFact(scratch) : [] };
            }

            if (AsksWhatItIs(analysis, intent, asksForFigure, scratch.TopFacts[0]))
            {
                return NotFound(question, NearFacts(scratch));
            }

            var best = scratch.TopScores[0];
            var candidates = TopFacts(scratch, analysis, MaxCandidates, Math.Max(AnswerThreshold, best * AmbiguityRatio));
            if (candidates.Length > 1)
            {
                return new Answer(question, AnswerStatus.Ambiguous, Clamp(best * 0.5), candidates, []);
            }

            var second = scratch.TopLength > 1 ? scratch.TopScores[1] : 0f;
            var margin = Math.Min(1.0, 2.0 * (1.0 - (second / best)));
            var confidence = Clamp(Math.Min(1.0, best) * (0.6 + (0.4 * margin)));
            return new Answer(question, AnswerStatus.Answered, confidence, TopFacts(scratch, analysis, MaxSuggestions, AnswerThreshold), []);
        }
        finally
        {
            scratch.Reset();
        }
    }

    /// <summary>Facts matching a partial query, best first (autocomplete, inline mode); an empty query lists the headline facts.</summary>
    public IReadOnlyList<Fact> Search(string query, int max)
    {
        if (max <= 0)
        {
            return [];
        }

        var facts = Repository.Facts;
        if (string.IsNullOrWhiteSpace(query))
        {
            return [.. facts.Take(max)];
        }

        if (query.Length > Analysis.MaxQuestionLength)
        {
            return [];
        }

        var scratch = ScoringScratch.For(_index);
        try
        {
            return _scorer.Search(query, max, scratch);
        }
        finally
        {
            scratch.Reset();
        }
    }

    /// <summary>
    /// Facts to offer next to <paramref name="fact"/> ("Related"): first those quoting the same
    /// sentence, then the rest of its topic, then the rest of its article, nearest first.
    /// </summary>
    public IReadOnlyList<Fact> Related(Fact fact, int max)
    {
        ArgumentNullException.ThrowIfNull(fact);
        if (max <= 0 || !_positions.TryGetValue(fact.Id, out var position))
        {
            return [];
        }

        var facts = Repository.Facts;
        return [.. Enumerable.Range(0, facts.Count)
            .Where(i => i != position && Closeness(fact, facts[i]) < 3)
            .OrderBy(i => Closeness(fact, facts[i]))
            .ThenBy(i => Math.Abs(i - position))
            .ThenBy(i => i)
            .Take(max)
            .Select(i => facts[i])];
    }

    /// <summary>How a question was read and scored, for diagnostics and tuning.</summary>
    internal string Explain(string question)
    {
        var scratch = ScoringScratch.For(_index);
        try
        {
            var analysis = scratch.Analysis;
            _lexicon.Analyze(question, analysis, question: true);
            var intent = (analysis.Flags & TermFlags.Share) != 0 ? TermFlags.Share : analysis.LeadingIntent;
            _scorer.MuteAttribution(analysis, intent);
            _scorer.MuteWorldOfCountries(analysis);
            _scorer.Score(scratch, analysis, intent, AnswerThreshold * AmbiguityRatio);
            var text = new System.Text.StringBuilder();
            text.Append(System.Globalization.CultureInfo.InvariantCulture, $"flags={analysis.Flags} intent={intent} unknown={analysis.UnknownCount} concepts=");
            for (var i = 0; i < analysis.ConceptCount; i++)
            {
                var c = analysis.Concepts[i];
                var idf = c < _index.Idf.Length ? _index.Idf[c] : 0;
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"{_lexicon.ConceptText(c)}:{analysis.Multipliers[i]:F1}x{idf:F2} ");
            }

            for (var i = 0; i < scratch.TopLength; i++)
            {
                var f = scratch.TopFacts[i];
                text.Append(System.Globalization.CultureInfo.InvariantCulture, $"\n  {_index.Facts[f].Id} score={scratch.TopScores[i]:F3} cov={scratch.Coverage[f]:F2} fit={scratch.Fit[f]:F2}");
            }

            return text.ToString();
        }
        finally
        {
            scratch.Reset();
        }
    }

    /// <summary>
    /// "What is blended teaching?", "what is the smart education platform?": asking what a thing is,
    /// naming no quantity, is not answered by how many of it there are. A name or a statement
    /// ("what is XuetangX?") still answers it, and so does a count whose unit the question names
    /// ("what are the platform visits?" asks for the visits, not what a visit is).
    /// </summary>
    private bool AsksWhatItIs(Analysis analysis, TermFlags intent, bool asksForFigure, int best) =>
        analysis.AsksWhatItIs && !asksForFigure && !analysis.NamesQuantity && intent == TermFlags.None
        && _index.Kinds[best] is FactKind.Count or FactKind.Share
        && !_scorer.HeadNamesUnit(analysis, best);

    private static int Closeness(Fact fact, Fact other) =>
        other.Quote is not null && other.Quote == fact.Quote ? 0
        : other.Topic == fact.Topic ? 1
        : other.SourceId == fact.SourceId ? 2
        : 3;

    /// <summary>The best facts; a measure is shown at the newest observation that fits the years the question names.</summary>
    private Fact[] TopFacts(ScoringScratch scratch, Analysis analysis, int max, float minimum)
    {
        var count = 0;
        while (count < scratch.TopLength && count < max && scratch.TopScores[count] >= minimum)
        {
            count++;
        }

        var facts = new Fact[count];
        for (var i = 0; i < count; i++)
        {
            facts[i] = AtNamedYears(scratch.TopFacts[i], analysis);
        }

        return facts;
    }

    /// <summary>
    /// The fact as the question names it: at the newest observation as of a year it names, or holding a figure it
    /// quotes ("what does 402 million refer to?"); at the newest observation otherwise.
    /// </summary>
    private Fact AtNamedYears(int fact, Analysis analysis)
    {
        var latest = _index.Facts[fact];
        if (analysis.FigureCount == 0 || Repository.FindMeasure(latest.Id) is not { Observations.Count: > 1 } measure)
        {
            return latest;
        }

        Span<int> years = stackalloc int[analysis.FigureCount];
        var count = 0;
        var observation = -1;
        for (var i = 0; i < analysis.FigureCount; i++)
        {
            var figure = analysis.Figures[i];
            if (figure.IsYearLike)
            {
                years[count++] = (int)figure.Value;
            }
            else if (observation < 0)
            {
                observation = HoldingFigure(measure, figure.Value);
            }
        }

        if (count > 0)
        {
            observation = _scorer.FittingObservation(fact, years[..count]);
        }

        return observation >= 0 && observation < measure.Observations.Count - 1
            ? measure.ToFact(measure.Observations[observation])
            : latest;
    }

    /// <summary>The newest observation whose value is the figure (exactly, else within a few percent), or -1.</summary>
    private static int HoldingFigure(Measure measure, double figure)
    {
        var near = -1;
        for (var o = measure.Observations.Count - 1; o >= 0; o--)
        {
            if (measure.Observations[o].Value is not { } value)
            {
                continue;
            }

            var difference = Math.Abs((double)value - figure);
            if (difference <= Math.Max(1e-9, Math.Abs(figure) * 1e-6))
            {
                return o;
            }

            if (near < 0 && figure >= 1000 && difference <= figure * 0.04)
            {
                near = o;
            }
        }

        return near;
    }

    /// <summary>
    /// The fact an other-time question is about, for the reply to give its range: the best one a year ruled out, else the
    /// best one if it would have answered; carried in <see cref="Answering.Answer.Facts"/> only until <see cref="Scoped"/> reads it.
    /// </summary>
    private Fact[] OtherTimeFact(ScoringScratch scratch) =>
        scratch.YearRejectedScore >= AnswerThreshold && scratch.YearRejectedFact >= 0 ? [_index.Facts[scratch.YearRejectedFact]]
        : scratch.TopLength > 0 && scratch.TopScores[0] >= AnswerThreshold ? [_index.Facts[scratch.TopFacts[0]]]
        : [];

    private Fact[] NearFacts(ScoringScratch scratch)
    {
        var facts = new Fact[Math.Min(MaxSuggestions, scratch.NearLength)];
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = _index.Facts[scratch.NearFacts[i]];
        }

        return facts;
    }

    private static Answer NotFound(string question, IReadOnlyList<Fact> suggestions, NotFoundReason reason = NotFoundReason.None) =>
        new(question, AnswerStatus.NotFound, 0, [], suggestions, reason);

    /// <summary>
    /// Which scope rule left the question unanswered: a foreign place or provider, the future or a
    /// year that ruled out a fact that would otherwise have answered, or the world named as the scope.
    /// </summary>
    private NotFoundReason ReasonFor(TermFlags flags, Analysis analysis, ScoringScratch scratch)
    {
        if ((flags & TermFlags.Foreign) != 0)
        {
            return NotFoundReason.OtherCountry;
        }

        if ((flags & TermFlags.Future) != 0 || scratch.YearRejectedScore >= AnswerThreshold)
        {
            return NotFoundReason.OtherTime;
        }

        foreach (var world in _lexicon.WorldConcepts)
        {
            if (analysis.HasConcept(world))
            {
                return NotFoundReason.WorldTotal;
            }
        }

        return NotFoundReason.None;
    }

    private static double Clamp(double value) => double.IsNaN(value) ? 0 : Math.Clamp(value, 0, 1);

    /// <summary>"2+2", "3 * 7 =": a sum to work out, not a figure to look up.</summary>
    private static bool IsArithmetic(string question)
    {
        var start = 0;
        while (start < question.Length)
        {
            var found = question.AsSpan(start).IndexOfAny(Operators);
            if (found < 0)
            {
                return false;
            }

            var i = start + found;
            start = i + 1;
            var before = question.AsSpan(0, i).TrimEnd();
            var after = question.AsSpan(i + 1).TrimStart();
            if (before.Length > 0 && char.IsAsciiDigit(before[^1]) && after.Length > 0 && (char.IsAsciiDigit(after[0]) || after[0] == '('))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"US" or "U.S." in capitals names the country; lower-case "us" is a pronoun. All-capital text tells nothing.</summary>
    private static bool MentionsUnitedStates(string question)
    {
        if (!question.AsSpan().ContainsAnyInRange('a', 'z'))
        {
            return false;
        }

        for (var i = question.IndexOf('U', StringComparison.Ordinal); i >= 0 && i + 1 < question.Length; i = question.IndexOf('U', i + 1))
        {
            var before = i == 0 || !char.IsLetter(question[i - 1]);
            var rest = question.AsSpan(i);
            var length = rest.StartsWith("U.S.") ? 4 : rest.StartsWith("U.S") ? 3 : rest.StartsWith("US") ? 2 : 0;
            if (before && length > 0 && (i + length >= question.Length || !char.IsLetter(question[i + length])))
            {
                return true;
            }
        }

        return false;
    }
}
