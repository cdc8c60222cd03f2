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
    private const int MaxYears = 4;
    private const int MinPrefixLength = 2;
    private const float CountsWeight = 0.9f;
    private const float AttributionWeight = 0.2f;
    private const float YesNoCountFactor = 0.8f;
    private const float ScopeMismatchFactor = 0.4f;
    private const float NationalMismatchFactor = 0.6f;

    /// <summary>"People" fits a fact counting learners or users as well as its unit would.</summary>
    private const float PeopleFit = 0.6f;
    private const float HeadMismatchFactor = 0.75f;
    private const float HeadKindFactor = 0.9f;

    private static readonly System.Buffers.SearchValues<char> Operators = System.Buffers.SearchValues.Create("+*/=×÷^");

    private readonly Lexicon _lexicon;
    private readonly FactIndex _index;
    private readonly Dictionary<string, int> _positions;

    /// <summary>Builds the index over a repository.</summary>
    public FactAnswerer(FactRepository repository)
    {
        ArgumentNullException.ThrowIfNull(repository);
        Repository = repository;
        _lexicon = new Lexicon();
        var articleYears = repository.Facts.Select(f => repository.FindArticle(f.ArticleId)?.Date.Year ?? 0).ToArray();
        _index = new FactIndex(repository.Facts, articleYears, _lexicon);
        _positions = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < repository.Facts.Count; i++)
        {
            _positions.TryAdd(repository.Facts[i].Id, i);
        }
    }

    /// <summary>The repository this answerer indexes.</summary>
    public FactRepository Repository { get; }

    /// <summary>Answers one question; never throws for any text.</summary>
    public Answer Answer(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.Length > Analysis.MaxQuestionLength || string.IsNullOrWhiteSpace(question) || IsArithmetic(question))
        {
            return NotFound(question, []);
        }

        var scratch = ScoringScratch.For(_index);
        try
        {
            var analysis = scratch.Analysis;
            _lexicon.Analyze(question, analysis, correctTypos: true);
            var flags = analysis.Flags | (MentionsUnitedStates(question) ? TermFlags.Foreign : TermFlags.None);

            var intent = (flags & TermFlags.Share) != 0 ? TermFlags.Share : analysis.LeadingIntent;
            MuteAttribution(analysis, intent);
            var matchedFigure = Score(scratch, analysis, intent);
            if (analysis.ConceptCount == 0 && !matchedFigure)
            {
                return NotFound(question, []);
            }

            var asksForFigure = matchedFigure || (intent & (TermFlags.Count | TermFlags.Share | TermFlags.When)) != 0;
            var outOfScope = (flags & (TermFlags.Foreign | TermFlags.Future)) != 0
                || ((flags & TermFlags.NotAFigure) != 0 && !asksForFigure);
            if (outOfScope || scratch.TopLength == 0 || scratch.TopScores[0] < AnswerThreshold)
            {
                return NotFound(question, NearFacts(scratch));
            }

            var best = scratch.TopScores[0];
            var candidates = TopFacts(scratch, MaxCandidates, Math.Max(AnswerThreshold, best * AmbiguityRatio));
            if (candidates.Length > 1)
            {
                return new Answer(question, AnswerStatus.Ambiguous, Clamp(best * 0.5), candidates, []);
            }

            var second = scratch.TopLength > 1 ? scratch.TopScores[1] : 0f;
            var margin = Math.Min(1.0, 2.0 * (1.0 - (second / best)));
            var confidence = Clamp(Math.Min(1.0, best) * (0.6 + (0.4 * margin)));
            return new Answer(question, AnswerStatus.Answered, confidence, TopFacts(scratch, MaxSuggestions, AnswerThreshold), []);
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
            return SearchCore(query, max, scratch);
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
            _lexicon.Analyze(question, analysis, correctTypos: true);
            var intent = (analysis.Flags & TermFlags.Share) != 0 ? TermFlags.Share : analysis.LeadingIntent;
            MuteAttribution(analysis, intent);
            Score(scratch, analysis, intent);
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

    private static int Closeness(Fact fact, Fact other) =>
        other.Quote == fact.Quote && other.ArticleId == fact.ArticleId ? 0
        : other.Topic == fact.Topic ? 1
        : other.ArticleId == fact.ArticleId ? 2
        : 3;

    /// <summary>
    /// "According to People's Daily, how many MOOCs ...": when a question names the source only to
    /// attribute a figure it asks for, the source's words must not pull it towards the source facts.
    /// A question asking who, when or where, or naming nothing but the source, is about the source.
    /// </summary>
    private void MuteAttribution(Analysis analysis, TermFlags intent)
    {
        if (intent is TermFlags.Who or TermFlags.When or TermFlags.Where)
        {
            return;
        }

        var other = false;
        for (var i = 0; i < analysis.FigureCount; i++)
        {
            other |= !analysis.Figures[i].IsYearLike;
        }

        for (var i = 0; i < analysis.ConceptCount; i++)
        {
            var concept = analysis.Concepts[i];
            other |= !_lexicon.IsAttribution(concept) && IdfOf(concept) > 0;
        }

        if (!other)
        {
            return;
        }

        for (var i = 0; i < analysis.ConceptCount; i++)
        {
            if (_lexicon.IsAttribution(analysis.Concepts[i]))
            {
                analysis.Multipliers[i] *= AttributionWeight;
            }
        }
    }

    /// <summary>Scores every fact the question touches into the scratch's top list; returns whether a quoted figure matched a fact.</summary>
    private bool Score(ScoringScratch scratch, Analysis analysis, TermFlags intent)
    {
        var index = _index;
        var questionWeight = ConceptWeight(analysis) + (analysis.UnknownCount * index.UnknownWeight);
        Span<int> years = stackalloc int[MaxYears];
        var yearCount = 0;
        var matchedFigure = false;
        for (var i = 0; i < analysis.FigureCount; i++)
        {
            var figure = analysis.Figures[i];
            if (figure.IsYearLike && yearCount < MaxYears)
            {
                years[yearCount++] = (int)figure.Value;
            }

            if (MatchFigure(scratch, figure))
            {
                questionWeight += index.FigureWeight;
                matchedFigure = true;
            }
        }

        if (questionWeight <= 0)
        {
            return matchedFigure;
        }

        AccumulateConcepts(scratch, analysis, questionWeight, AnswerThreshold * AmbiguityRatio);
        if (scratch.TouchedFactCount == 0)
        {
            // Nothing can fit; still look at the first facts sharing a word, to suggest them.
            AccumulateNear(scratch, analysis);
        }

        ApplyFieldFits(scratch, intent);

        var national = (analysis.Flags & TermFlags.National) != 0;
        var scoped = national || HasScope(analysis);
        var yesNo = intent == TermFlags.None && (analysis.Flags & TermFlags.YesNo) != 0 && !matchedFigure;

        // "Is China's MOOC count the largest?" asks for a rank even though it says "count".
        var asksRank = analysis.HasConcept(_lexicon.RankConcept);
        var checkHead = intent is TermFlags.Count or TermFlags.None
            && (analysis.HeadCount > 0 || analysis.HeadIsPeople)
            && AnyCountsHead(scratch, analysis);
        for (var i = 0; i < scratch.TouchedFactCount; i++)
        {
            var fact = scratch.TouchedFacts[i];
            var coverage = scratch.Coverage[fact] / questionWeight;
            var fit = Math.Min(1f, scratch.Fit[fact]);
            var kind = index.Kinds[fact];
            var match = coverage * (0.5f + (0.5f * fit));
            scratch.OfferNear(fact, match);
            var score = match * (kind == FactKind.Rank && asksRank ? 1f : IntentFactor(intent, kind));
            if (yesNo && kind == FactKind.Count)
            {
                // "Were Chinese platforms selected ...?" is answered by the statement, not by how many were.
                score *= YesNoCountFactor;
            }

            // The factors below only lower a score: a fact that cannot enter the best list is done.
            if (score < scratch.TopFloor)
            {
                continue;
            }

            if (yearCount > 0 && !FitsYears(fact, years[..yearCount]))
            {
                score = 0;
            }

            if (scoped)
            {
                score *= ScopeFactor(fact, analysis, national);
            }

            if (checkHead && index.Kinds[fact] == FactKind.Count)
            {
                score *= HeadFactor(fact, analysis);
            }

            scratch.OfferTop(fact, score);
        }

        return matchedFigure;
    }

    /// <summary>The weight of the question's concepts; a synonym no fact uses weighs as much as an unknown word.</summary>
    private float ConceptWeight(Analysis analysis)
    {
        var total = 0f;
        for (var i = 0; i < analysis.ConceptCount; i++)
        {
            var idf = IdfOf(analysis.Concepts[i]);
            total += (idf > 0 ? idf : _index.UnknownWeight) * analysis.Multipliers[i];
        }

        return total;
    }

    /// <summary>
    /// Adds each concept's postings to the facts' coverage and the fields' hits, heaviest concept
    /// first. Once the concepts left could not lift a fact not yet met to <paramref name="minScore"/>,
    /// they only add to facts already met: with thousands of facts, the common words ("course",
    /// "MOOC") would otherwise touch nearly all of them for nothing.
    /// </summary>
    private void AccumulateConcepts(ScoringScratch scratch, Analysis analysis, float questionWeight, float minScore)
    {
        var index = _index;
        var people = _lexicon.PeopleConcepts[0];
        Span<int> order = stackalloc int[analysis.ConceptCount];
        Span<float> weights = stackalloc float[analysis.ConceptCount];
        var remaining = 0f;
        for (var i = 0; i < analysis.ConceptCount; i++)
        {
            var weight = IdfOf(analysis.Concepts[i]) * analysis.Multipliers[i];
            var k = i;
            while (k > 0 && weights[k - 1] < weight)
            {
                weights[k] = weights[k - 1];
                order[k] = order[k - 1];
                k--;
            }

            weights[k] = weight;
            order[k] = i;
            remaining += weight;
        }

        for (var k = 0; k < order.Length && weights[k] > 0; k++)
        {
            var concept = analysis.Concepts[order[k]];
            var multiplier = analysis.Multipliers[order[k]];
            var idf = weights[k] / multiplier;
            var allowNew = remaining / questionWeight >= minScore;
            remaining -= weights[k];
            if (analysis.HeadIsPeople && concept == people)
            {
                // "How many people" matches every fact counting some kind of people alike, whether or not it says "people".
                foreach (var fact in index.PeopleFacts)
                {
                    if (allowNew || scratch.FactTouched[fact])
                    {
                        scratch.TouchFact(fact);
                        scratch.Coverage[fact] += weights[k] * CountsWeight;
                        scratch.Fit[fact] = Math.Max(scratch.Fit[fact], PeopleFit);
                    }
                }

                continue;
            }

            for (var p = index.PostingStart[concept]; p < index.PostingStart[concept + 1]; p++)
            {
                var fact = index.PostingFact[p];
                if (allowNew || scratch.FactTouched[fact])
                {
                    scratch.TouchFact(fact);
                    scratch.Coverage[fact] += idf * Math.Min(multiplier, index.PostingMultiplier[p]) * index.PostingWeight[p];
                }
            }

            var touched = scratch.FactTouched;
            var postingFacts = index.FieldPostingFact;
            for (var p = index.FieldPostingStart[concept]; p < index.FieldPostingStart[concept + 1]; p++)
            {
                if (touched[postingFacts[p]])
                {
                    var field = index.FieldPostingField[p];
                    scratch.TouchField(field);
                    scratch.FieldHits[field] += idf * Math.Min(multiplier, index.FieldPostingMultiplier[p]);
                }
            }
        }
    }

    /// <summary>Meets the first facts (in repository order, headline facts first) of each concept, a bounded number.</summary>
    private void AccumulateNear(ScoringScratch scratch, Analysis analysis)
    {
        const int MaxPerConcept = 64;
        var index = _index;
        for (var i = 0; i < analysis.ConceptCount; i++)
        {
            var concept = analysis.Concepts[i];
            var idf = IdfOf(concept);
            if (idf <= 0)
            {
                continue;
            }

            var end = Math.Min(index.PostingStart[concept + 1], index.PostingStart[concept] + MaxPerConcept);
            var lastFact = -1;
            for (var p = index.PostingStart[concept]; p < end; p++)
            {
                var fact = index.PostingFact[p];
                scratch.TouchFact(fact);
                scratch.Coverage[fact] += idf * Math.Min(analysis.Multipliers[i], index.PostingMultiplier[p]) * index.PostingWeight[p];
                lastFact = fact;
            }

            // Fields are in fact order too: those past the last fact met do not count.
            for (var p = index.FieldPostingStart[concept]; p < index.FieldPostingStart[concept + 1] && index.FieldFact[index.FieldPostingField[p]] <= lastFact; p++)
            {
                var field = index.FieldPostingField[p];
                if (scratch.FactTouched[index.FieldFact[field]])
                {
                    scratch.TouchField(field);
                    scratch.FieldHits[field] += idf * Math.Min(analysis.Multipliers[i], index.FieldPostingMultiplier[p]);
                }
            }
        }
    }

    private float IdfOf(int concept) => concept < _index.Idf.Length ? _index.Idf[concept] : 0f;

    /// <summary>Credits the facts holding a quoted figure: exactly (the unit agreeing), or within a few percent for large numbers.</summary>
    private bool MatchFigure(ScoringScratch scratch, LexToken figure)
    {
        var index = _index;
        var value = figure.Value;
        var tolerance = value >= 1000 && !figure.IsYearLike ? value * 0.04 : 0.0;
        var matched = false;
        for (var p = index.LowerBound(value - tolerance - 1e-9); p < index.FigureValues.Length && index.FigureValues[p] <= value + tolerance + 1e-9; p++)
        {
            var fact = index.FigureFacts[p];
            var kind = index.Kinds[fact];
            var percent = (figure.Flags & NumberFlags.Percent) != 0;
            var ordinal = (figure.Flags & NumberFlags.Ordinal) != 0;
            if ((percent && kind != FactKind.Share) || (figure.IsYearLike && kind != FactKind.When) || (kind == FactKind.Rank && !ordinal))
            {
                continue;
            }

            var exact = Math.Abs(index.FigureValues[p] - value) <= Math.Max(1e-9, Math.Abs(value) * 1e-6);
            var strength = exact ? 1f : 0.6f;
            if (kind == FactKind.Share && !percent)
            {
                strength *= 0.9f;
            }

            scratch.TouchFact(fact);
            scratch.Coverage[fact] += index.FigureWeight * strength;
            scratch.Fit[fact] = Math.Max(scratch.Fit[fact], strength);
            matched = true;
        }

        return matched;
    }

    /// <summary>An alias that asks its own question ("when was it written") fits fully only a question asking the same.</summary>
    private void ApplyFieldFits(ScoringScratch scratch, TermFlags intent)
    {
        var index = _index;
        for (var i = 0; i < scratch.TouchedFieldCount; i++)
        {
            var field = scratch.TouchedFields[i];
            var total = index.FieldTotal[field];
            if (total <= 0)
            {
                continue;
            }

            var fact = index.FieldFact[field];
            var fit = scratch.FieldHits[field] / total * index.FieldFactor[field];
            var fieldIntent = index.FieldIntent[field];
            if (fieldIntent != TermFlags.None && fieldIntent != intent && intent != TermFlags.None)
            {
                fit *= 0.5f;
            }
            else if (fieldIntent is TermFlags.When or TermFlags.Who or TermFlags.Where && intent == TermFlags.None)
            {
                fit *= 0.5f;
            }

            if (fit > scratch.Fit[fact])
            {
                scratch.Fit[fact] = fit;
            }
        }
    }

    private bool HasScope(Analysis analysis)
    {
        foreach (var scope in _lexicon.ScopeConcepts)
        {
            if (analysis.HasConcept(scope))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A question narrowed to part of the whole ("in the west", "from abroad") is answered only by a
    /// fact narrowed the same way; a question about the whole country ("in China") is answered
    /// better by a national figure than by a regional one.
    /// </summary>
    private float ScopeFactor(int fact, Analysis analysis, bool national)
    {
        var factScope = _index.Scope[fact];
        var questionScoped = false;
        foreach (var scope in _lexicon.ScopeConcepts)
        {
            if (!analysis.HasConcept(scope))
            {
                continue;
            }

            questionScoped = true;
            if (Array.IndexOf(factScope, scope) < 0)
            {
                return ScopeMismatchFactor;
            }
        }

        return national && !questionScoped && factScope.Length > 0 ? NationalMismatchFactor : 1f;
    }

    /// <summary>Whether the fact counts what the question's "how many ..." names.</summary>
    private bool CountsHead(int fact, Analysis analysis) => HeadFactor(fact, analysis) > HeadMismatchFactor;

    /// <summary>1 when the fact counts the very thing named, a little less when it counts people and the question names a kind of person, less when it counts something else.</summary>
    private float HeadFactor(int fact, Analysis analysis)
    {
        var counted = _index.Counted[fact];
        for (var i = 0; i < analysis.HeadCount; i++)
        {
            if (Array.IndexOf(counted, analysis.Head[i]) >= 0)
            {
                return 1f;
            }
        }

        if ((analysis.HeadIsPeople || HeadNamesPeople(analysis)) && _index.CountsPeople[fact])
        {
            return analysis.HeadIsPeople && analysis.HeadCount == 0 ? 1f : HeadKindFactor;
        }

        return HeadMismatchFactor;
    }

    private bool HeadNamesPeople(Analysis analysis)
    {
        var people = _lexicon.PeopleConcepts;
        for (var i = 0; i < analysis.HeadCount; i++)
        {
            if (Array.IndexOf(people, analysis.Head[i]) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether any touched fact counts what the question names; if none does, the head tells nothing.</summary>
    private bool AnyCountsHead(ScoringScratch scratch, Analysis analysis)
    {
        for (var i = 0; i < scratch.TouchedFactCount; i++)
        {
            if (CountsHead(scratch.TouchedFacts[i], analysis))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A year in the question must be the year the figure is as of, the year it was published, or a year its sentence names.</summary>
    private bool FitsYears(int fact, ReadOnlySpan<int> years)
    {
        var index = _index;
        foreach (var year in years)
        {
            var fits = index.AsOfYears[fact] == year
                || index.ArticleYears[fact] == year
                || index.QuoteYears[fact].AsSpan().Contains(year)
                || (index.Kinds[fact] == FactKind.When && index.Facts[fact].Value == year);
            if (!fits)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>How well a kind of fact answers what the question asks for.</summary>
    private static float IntentFactor(TermFlags intent, FactKind kind) => intent switch
    {
        TermFlags.Count => kind switch
        {
            FactKind.Count => 1f,
            FactKind.Share => 0.55f,
            FactKind.Rank => 0.5f,
            FactKind.When => 0.25f,
            _ => 0.3f,
        },
        TermFlags.Share => kind switch
        {
            FactKind.Share => 1f,
            FactKind.Count => 0.5f,
            _ => 0.3f,
        },
        TermFlags.When => kind switch
        {
            FactKind.When => 1f,
            FactKind.Statement => 0.45f,
            FactKind.Count => 0.35f,
            _ => 0.3f,
        },
        TermFlags.Who => kind == FactKind.Statement ? 1f : 0.3f,
        TermFlags.Which => kind is FactKind.Count or FactKind.Share ? 0.8f : 1f,
        TermFlags.Where => kind switch
        {
            FactKind.Statement or FactKind.Rank => 1f,
            FactKind.Count => 0.55f,
            _ => 0.3f,
        },
        _ => 1f,
    };

    private IReadOnlyList<Fact> SearchCore(string query, int max, ScoringScratch scratch)
    {
        // The last word may be half typed ("regis"): it is read as the start of the words it could become.
        var lastStart = query.Length;
        while (lastStart > 0 && char.IsLetter(query[lastStart - 1]) && !TextFolder.IsCjk(query[lastStart - 1]))
        {
            lastStart--;
        }

        var prefixLength = query.Length - lastStart;
        var head = prefixLength >= MinPrefixLength ? query[..lastStart] : query;

        var analysis = scratch.Analysis;
        _lexicon.Analyze(head, analysis, correctTypos: true);
        var questionWeight = ConceptWeight(analysis) + (analysis.UnknownCount * _index.UnknownWeight);
        for (var i = 0; i < analysis.FigureCount; i++)
        {
            if (MatchFigure(scratch, analysis.Figures[i]))
            {
                questionWeight += _index.FigureWeight;
            }
        }

        if (questionWeight > 0)
        {
            AccumulateConcepts(scratch, analysis, questionWeight, 0f);
        }

        questionWeight += MatchTypedDigits(scratch, analysis);
        var hasContent = analysis.ConceptCount > 0 || analysis.FigureCount > 0;

        var prefixWeight = 0f;
        if (prefixLength >= MinPrefixLength)
        {
            Span<char> folded = stackalloc char[prefixLength * TextFolder.MaxExpansion];
            var length = TextFolder.Fold(query.AsSpan(lastStart), folded);
            var prefix = folded[..length].Trim();
            prefixWeight = AccumulatePrefix(scratch, prefix);
            hasContent |= prefixWeight > 0 || (prefix.Length >= 3 && !_lexicon.IsStopWord(prefix));
        }

        if (!hasContent)
        {
            // Nothing but question words ("how many"): offer the headline facts.
            return [.. Repository.Facts.Take(max)];
        }

        var total = questionWeight + prefixWeight;
        if (total <= 0)
        {
            return [];
        }

        var ranked = new List<(int Fact, float Score)>();
        for (var i = 0; i < scratch.TouchedFactCount; i++)
        {
            var fact = scratch.TouchedFacts[i];
            var score = (scratch.Coverage[fact] + scratch.Fit[fact]) / total;
            ranked.Add((fact, score));
        }

        ranked.Sort((a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Fact.CompareTo(b.Fact));
        return [.. ranked.Take(max).Select(r => _index.Facts[r.Fact])];
    }

    /// <summary>Digits being typed ("979") match the facts whose figure is written with them ("979 million"); returns the weight added.</summary>
    private float MatchTypedDigits(ScoringScratch scratch, Analysis analysis)
    {
        var weight = 0f;
        for (var i = 0; i < analysis.FigureCount; i++)
        {
            var figure = analysis.Figures[i];
            var digits = analysis.Folded.AsSpan(figure.Start, figure.Length).TrimEnd('%');
            if (digits.IsEmpty || !char.IsAsciiDigit(digits[^1]))
            {
                continue;
            }

            var matched = false;
            for (var f = 0; f < _index.Count; f++)
            {
                if (!scratch.FactTouched[f] && _index.Facts[f].Display.AsSpan().Contains(digits, StringComparison.Ordinal))
                {
                    scratch.TouchFact(f);
                    scratch.Coverage[f] += _index.FigureWeight * 0.8f;
                    matched = true;
                }
            }

            weight += matched ? _index.FigureWeight : 0f;
        }

        return weight;
    }

    /// <summary>Adds each fact's best match among the completions of a prefix into <c>Fit</c>; returns the weight of the best completion.</summary>
    private float AccumulatePrefix(ScoringScratch scratch, ReadOnlySpan<char> prefix)
    {
        var index = _index;
        Span<int> completions = stackalloc int[16];
        var count = _lexicon.Complete(prefix, completions);
        var best = 0f;
        for (var i = 0; i < count; i++)
        {
            var concept = completions[i];
            var idf = concept < index.Idf.Length ? index.Idf[concept] : 0f;
            best = Math.Max(best, idf);
            for (var p = index.PostingStart[concept]; p < index.PostingStart[concept + 1]; p++)
            {
                var fact = index.PostingFact[p];
                scratch.TouchFact(fact);
                scratch.Fit[fact] = Math.Max(scratch.Fit[fact], idf * index.PostingMultiplier[p] * index.PostingWeight[p]);
            }
        }

        return best;
    }

    private Fact[] TopFacts(ScoringScratch scratch, int max, float minimum)
    {
        var count = 0;
        while (count < scratch.TopLength && count < max && scratch.TopScores[count] >= minimum)
        {
            count++;
        }

        var facts = new Fact[count];
        for (var i = 0; i < count; i++)
        {
            facts[i] = _index.Facts[scratch.TopFacts[i]];
        }

        return facts;
    }

    private Fact[] NearFacts(ScoringScratch scratch)
    {
        var facts = new Fact[Math.Min(MaxSuggestions, scratch.NearLength)];
        for (var i = 0; i < facts.Length; i++)
        {
            facts[i] = _index.Facts[scratch.NearFacts[i]];
        }

        return facts;
    }

    private static Answer NotFound(string question, IReadOnlyList<Fact> suggestions) =>
        new(question, AnswerStatus.NotFound, 0, [], suggestions);

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
