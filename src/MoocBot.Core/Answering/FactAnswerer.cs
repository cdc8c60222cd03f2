using System.Globalization;
using System.Text.RegularExpressions;
using MoocBot.Core.Answering.Rules;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Answering;

/// <summary>
/// Finds the fact a question asks about. A question is folded (case, Unicode compatibility forms,
/// punctuation), split into words and figures ("979m", "979 million", "9.79亿" are one figure),
/// stemmed, read through the vocabulary (data/vocabulary.txt) and corrected for typos; the facts are then scored
/// through an inverted index on how much of the question they cover, how completely one of their
/// aliases is matched, whether they hold a figure the question quotes, and whether they are the
/// kind of answer asked for ("how many" wants a count, "when" a date). The named rules of
/// <see cref="AnswerRules"/> then refuse a question about something the repository does not hold
/// (another country, another year, the future, chit-chat); two facts that fit equally make the
/// answer ambiguous. <see cref="Answer(string)"/> and <see cref="Explain"/> share one evaluation.
/// Thread-safe.
/// </summary>
public sealed class FactAnswerer
{
    private const int MaxCandidates = 5;
    private const int MaxSuggestions = 3;

    private readonly AnsweringWeights _weights = AnsweringWeights.Default;
    private readonly IAnswerRule[] _rules;
    private readonly Lexicon _lexicon;
    private readonly FactIndex _index;
    private readonly QuestionScorer _scorer;
    private readonly Dictionary<string, int> _positions;
    private readonly TimeProvider _time;
    private readonly string[] _publishers;
    // Built by the first question that names a time: most questions never need it, and every process start would pay for it.
    private readonly Lazy<Regex?> _changeWords;

    /// <summary>Builds the index over a repository; <paramref name="time"/> (the system clock by default) reads "last year".</summary>
    public FactAnswerer(FactRepository repository, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(repository);
        Repository = repository;
        _time = time ?? TimeProvider.System;
        _publishers = [.. repository.Articles.Select(a => a.Publisher)
            .Concat(repository.Reports.SelectMany(r => new[] { r.Publisher, FactFormatter.ShortPublisher(r.Publisher) }))
            .Distinct(StringComparer.Ordinal)];
        _changeWords = new(() => TimeScopeReader.ChangeWords(repository.Vocabulary.Phrases(VocabularySections.ChangeWords)));
        _lexicon = new Lexicon(repository.Vocabulary, _weights);
        _index = new FactIndex(repository, _lexicon, _weights);
        _scorer = new QuestionScorer(_lexicon, _index, _weights);
        _rules = AnswerRules.Create(_lexicon, _index, _weights);
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
        return Evaluate(question, trace: null);
    }

    /// <summary>
    /// How a question was read, scored and decided, for diagnostics and tuning: the same evaluation as
    /// <see cref="Answer(string)"/>, so the explanation always ends in the answer given.
    /// </summary>
    public Explanation Explain(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        var trace = new ScoreTrace();
        var answer = Evaluate(question, trace);
        trace.Text.Append("\nanswer: ").Append(Explanation.Describe(answer));
        return new Explanation(answer, trace.Text.ToString()) { Candidates = trace.Candidates };
    }

    /// <summary>The one evaluation of a question: read its time, score the facts, apply the rules, decide; traced when asked.</summary>
    private Answer Evaluate(string question, ScoreTrace? trace)
    {
        if (question.Length > Analysis.MaxQuestionLength || string.IsNullOrWhiteSpace(question))
        {
            trace?.Text.Append("empty or too long");
            return NotFound(question, []);
        }

        var today = DateOnly.FromDateTime(_time.GetLocalNow().DateTime);
        var (scope, rewritten) = TimeScopeReader.Read(question, today, _publishers, _changeWords);
        trace?.Text.Append(CultureInfo.InvariantCulture, $"time: {(scope.IsEmpty ? "none" : scope.ToString())}; read as \"{rewritten}\"\n");
        var answer = Score(question, rewritten, trace);
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
        var (scope, _) = TimeScopeReader.Read(question, today, _publishers, _changeWords);
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

    private Answer Score(string question, string rewritten, ScoreTrace? trace)
    {
        var scratch = ScoringScratch.For(_index);
        try
        {
            var evaluation = scratch.Evaluation.Start(question);
            if (ApplyRules(RulePhase.Text, evaluation, trace) is var refusal && refusal != Refusal.None)
            {
                return Refuse(refusal, evaluation);
            }

            var analysis = _lexicon.Analyze(rewritten, scratch.AnalysisBuilder, question: true);
            evaluation.Analysis = analysis;
            evaluation.Flags = analysis.Flags;
            evaluation.Intent = (analysis.Flags & TermFlags.Share) != 0 ? TermFlags.Share : analysis.LeadingIntent;
            ApplyRules(RulePhase.Reading, evaluation, trace);
            analysis = evaluation.Analysis;
            evaluation.MatchedFigure = _scorer.Score(scratch, analysis, evaluation.Intent, _weights.AnswerThreshold * _weights.AmbiguityRatio, trace);
            evaluation.AsksForFigure = evaluation.MatchedFigure || (evaluation.Intent & (TermFlags.Count | TermFlags.Share | TermFlags.When)) != 0
                || analysis.HasConcept(_lexicon.RankConcept);
            if (trace is not null)
            {
                TraceScores(evaluation, trace);
            }

            refusal = ApplyRules(RulePhase.Scores, evaluation, trace);
            return refusal != Refusal.None ? Refuse(refusal, evaluation) : Decide(evaluation);
        }
        finally
        {
            scratch.Reset();
        }
    }

    /// <summary>Applies the rules of one phase in list order; returns the first refusal, or none.</summary>
    private Refusal ApplyRules(RulePhase phase, Evaluation evaluation, ScoreTrace? trace)
    {
        foreach (var rule in _rules)
        {
            if (rule.Phase != phase)
            {
                continue;
            }

            var refusal = rule.Apply(evaluation);
            if (refusal != Refusal.None)
            {
                trace?.Text.Append(CultureInfo.InvariantCulture, $"refused by {rule.GetType().Name} ({refusal})\n");
                return refusal;
            }
        }

        return Refusal.None;
    }

    private Answer Refuse(Refusal refusal, Evaluation evaluation)
    {
        var scratch = evaluation.Scratch;
        switch (refusal)
        {
            case Refusal.OutOfScope:
                var reason = ReasonFor(evaluation.Flags, evaluation.Analysis, scratch);
                return NotFound(evaluation.Question, NearFacts(scratch), reason) with { Facts = reason == NotFoundReason.OtherTime ? OtherTimeFact(scratch) : [] };
            case Refusal.Suggest:
                return NotFound(evaluation.Question, NearFacts(scratch));
            default:
                return NotFound(evaluation.Question, []);
        }
    }

    /// <summary>The best fact answers, with a confidence from its score and its margin over the next; facts too close make it ambiguous.</summary>
    private Answer Decide(Evaluation evaluation)
    {
        var scratch = evaluation.Scratch;
        var best = scratch.TopScores[0];
        var candidates = TopFacts(scratch, evaluation.Analysis, MaxCandidates, Math.Max(_weights.AnswerThreshold, best * _weights.AmbiguityRatio));
        if (candidates.Length > 1)
        {
            return new Answer(evaluation.Question, AnswerStatus.Ambiguous, Clamp(best * _weights.AmbiguousConfidence), candidates, []);
        }

        var second = scratch.TopLength > 1 ? scratch.TopScores[1] : 0f;
        var margin = Math.Min(1.0, _weights.MarginSlope * (1.0 - (second / best)));
        var confidence = Clamp(Math.Min(1.0, best) * (_weights.ConfidenceWithoutMargin + ((1.0 - _weights.ConfidenceWithoutMargin) * margin)));
        return new Answer(evaluation.Question, AnswerStatus.Answered, confidence, TopFacts(scratch, evaluation.Analysis, MaxSuggestions, _weights.AnswerThreshold), []);
    }

    /// <summary>
    /// Writes the reading and the best facts, each with its score and how it was made: the match, then each factor's change,
    /// in thousandths rounded so that the printed parts add up to the printed score.
    /// </summary>
    private void TraceScores(Evaluation evaluation, ScoreTrace trace)
    {
        var analysis = evaluation.Analysis;
        var scratch = evaluation.Scratch;
        var text = trace.Text;
        text.Append(CultureInfo.InvariantCulture, $"flags={evaluation.Flags} intent={evaluation.Intent} unknown={analysis.UnknownCount} concepts=");
        for (var i = 0; i < analysis.ConceptCount; i++)
        {
            var c = analysis.Concepts[i];
            text.Append(CultureInfo.InvariantCulture, $"{_lexicon.ConceptText(c)}:{analysis.Multipliers[i]:F1}x{_index.IdfOf(c):F2} ");
        }

        var names = _scorer.FactorNames;
        for (var i = 0; i < scratch.TopLength; i++)
        {
            var f = scratch.TopFacts[i];
            var steps = trace.StepsOf(f) ?? [scratch.TopScores[i]];
            var id = _index.Facts[f].Id;
            text.Append(CultureInfo.InvariantCulture, $"\n  {id} score={Thousandths(scratch.TopScores[i])} = match {Thousandths(steps[0])} (cov={scratch.Coverage[f]:F2} fit={scratch.Fit[f]:F2})");
            var factors = new (string, float)[steps.Length - 1];
            for (var k = 1; k < steps.Length; k++)
            {
                factors[k - 1] = (names[k - 1], steps[k] - steps[k - 1]);
                var change = Math.Round((decimal)steps[k], 3) - Math.Round((decimal)steps[k - 1], 3);
                text.Append(CultureInfo.InvariantCulture, $" {names[k - 1]} {(change < 0 ? "-" : "+")}{Math.Abs(change):0.000}");
            }

            trace.Candidates.Add(new ExplainedCandidate(id, scratch.TopScores[i], steps[0], scratch.Coverage[f], scratch.Fit[f], factors));
        }

        text.Append('\n');
    }

    private static string Thousandths(float value) => Math.Round((decimal)value, 3).ToString("0.000", CultureInfo.InvariantCulture);

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

        var observation = -1;
        if (analysis.Years.Length > 0)
        {
            observation = _index.FittingObservation(fact, analysis.Years.AsSpan());
        }
        else
        {
            foreach (var figure in analysis.Figures)
            {
                observation = observation < 0 ? HoldingFigure(measure, figure.Value) : observation;
            }
        }

        return observation >= 0 && observation < measure.Observations.Count - 1
            ? measure.ToFact(measure.Observations[observation])
            : latest;
    }

    /// <summary>The newest observation whose value is the figure (exactly, else within a few percent), or -1.</summary>
    private int HoldingFigure(Measure measure, double figure)
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

            if (near < 0 && figure >= _weights.NearFigureMinimum && difference <= figure * _weights.NearFigureTolerance)
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
        scratch.YearRejectedScore >= _weights.AnswerThreshold && scratch.YearRejectedFact >= 0 ? [_index.Facts[scratch.YearRejectedFact]]
        : scratch.TopLength > 0 && scratch.TopScores[0] >= _weights.AnswerThreshold ? [_index.Facts[scratch.TopFacts[0]]]
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

        if ((flags & TermFlags.Future) != 0 || scratch.YearRejectedScore >= _weights.AnswerThreshold)
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
}
