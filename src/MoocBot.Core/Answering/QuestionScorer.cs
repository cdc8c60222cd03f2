using MoocBot.Core.Answering.Factors;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Answering;

/// <summary>
/// Scores the facts against an analysed question through the index: how much of the question each
/// fact covers, how completely one of its aliases is matched, whether it holds a quoted figure, and
/// whether it is the kind of answer asked for, in the scope asked for. The best facts land in the
/// scratch's lists; <see cref="FactAnswerer"/> decides from them.
/// </summary>
internal sealed class QuestionScorer(Lexicon lexicon, FactIndex index, AnsweringWeights weights)
{
    private const int MaxCreditedFacts = 64;
    private const int MinPrefixLength = 2;

    private readonly Lexicon _lexicon = lexicon;
    private readonly FactIndex _index = index;
    private readonly AnsweringWeights _weights = weights;
    private readonly FactFactors _factors = new(lexicon, index, weights);

    /// <summary>The names of the factors, in the order they apply ("Intent", "YesNo", ...).</summary>
    public IReadOnlyList<string> FactorNames => _factors.Names;

    /// <summary>Scores every fact the question touches into the scratch's top list; returns whether a quoted figure matched a fact.</summary>
    /// <remarks>
    /// A fact's score is how well it matches the question (coverage and fit), times each of <see cref="FactFactors"/> in order;
    /// with a <paramref name="trace"/> (Explain), each fact's score after each factor is written there as it is worked out.
    /// </remarks>
    public bool Score(ScoringScratch scratch, Analysis analysis, TermFlags intent, float minScore, ScoreTrace? trace = null)
    {
        var index = _index;
        var questionWeight = ConceptWeight(analysis) + (analysis.UnknownCount * index.UnknownWeight);
        var matchedFigure = false;
        foreach (var figure in analysis.Figures)
        {
            // "How many MOOCs in 2020" names a time, not the year a date fact holds.
            if (!(figure.IsYearLike && intent == TermFlags.Count) && MatchFigure(scratch, figure))
            {
                questionWeight += index.FigureWeight;
                matchedFigure = true;
            }
        }

        if (questionWeight <= 0)
        {
            return matchedFigure;
        }

        AccumulateConcepts(scratch, analysis, questionWeight, minScore);
        if (scratch.TouchedFactCount == 0)
        {
            // Nothing can fit; still look at the first facts sharing a word, to suggest them.
            AccumulateNear(scratch, analysis);
        }

        ApplyFieldFits(scratch, intent);
        var question = ReadQuestion(scratch, analysis, intent, matchedFigure);
        var factors = _factors.All;
        for (var i = 0; i < scratch.TouchedFactCount; i++)
        {
            var fact = scratch.TouchedFacts[i];
            var coverage = scratch.Coverage[fact] / questionWeight;
            var fit = Math.Min(1f, scratch.Fit[fact]);
            var score = coverage * (1f - _weights.FitShare + (_weights.FitShare * fit));
            scratch.OfferNear(fact, score);
            var steps = trace?.Start(fact, score, factors.Length);
            var done = false;
            for (var k = 0; k < factors.Length; k++)
            {
                score = factors[k].Apply(fact, score, in question);
                if (steps is not null)
                {
                    steps[k + 1] = score;
                }

                if (score < scratch.TopFloor)
                {
                    // A factor only lowers a score: a fact that cannot enter the best list is done.
                    done = true;
                    break;
                }
            }

            if (!done)
            {
                scratch.OfferTop(fact, score);
            }
        }

        return matchedFigure;
    }

    /// <summary>What the factors read about the question, worked out once.</summary>
    private ScoredQuestion ReadQuestion(ScoringScratch scratch, Analysis analysis, TermFlags intent, bool matchedFigure)
    {
        var national = (analysis.Flags & TermFlags.National) != 0;
        var namesChina = (analysis.Flags & TermFlags.NamesChina) != 0;
        var checkHead = intent is TermFlags.Count or TermFlags.None && (analysis.HeadCount > 0 || analysis.HeadIsPeople);
        return new ScoredQuestion(
            scratch,
            analysis,
            intent,
            AsksRank: analysis.HasConcept(_lexicon.RankConcept),
            YesNo: intent == TermFlags.None && (analysis.Flags & TermFlags.YesNo) != 0 && !matchedFigure,
            Scoped: national || namesChina || HasScope(analysis),
            National: national,
            NamesChina: namesChina,
            CountryTotal: (namesChina || national) && intent == TermFlags.Count && NamesOnlyHead(analysis),
            CheckHead: checkHead,
            HeadCounted: checkHead && _factors.Head.AnyCounts(scratch, analysis));
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
                        scratch.Coverage[fact] += weights[k] * _weights.PeopleCoverage;
                        scratch.Fit[fact] = Math.Max(scratch.Fit[fact], _weights.PeopleFit);
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

    private float IdfOf(int concept) => _index.IdfOf(concept);

    /// <summary>Credits the facts holding a quoted figure: exactly (the unit agreeing), or within a few percent for large numbers.</summary>
    private bool MatchFigure(ScoringScratch scratch, LexToken figure)
    {
        var index = _index;
        var value = figure.Value;
        var tolerance = value >= _weights.NearFigureMinimum && !figure.IsYearLike ? value * _weights.NearFigureTolerance : 0.0;
        // A measure holds several observations; two of them near the figure (61,900 and 62,000) credit it once.
        Span<(int Fact, float Strength)> credited = stackalloc (int, float)[MaxCreditedFacts];
        var count = 0;
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
            var strength = exact ? 1f : _weights.NearFigure;
            if (kind == FactKind.Share && !percent)
            {
                strength *= _weights.ShareWithoutPercent;
            }

            var slot = 0;
            while (slot < count && credited[slot].Fact != fact)
            {
                slot++;
            }

            if (slot == count)
            {
                if (count == credited.Length)
                {
                    continue;
                }

                credited[count++] = (fact, strength);
            }
            else
            {
                credited[slot].Strength = Math.Max(credited[slot].Strength, strength);
            }
        }

        foreach (var (fact, strength) in credited[..count])
        {
            scratch.TouchFact(fact);
            scratch.Coverage[fact] += index.FigureWeight * strength;
            scratch.Fit[fact] = Math.Max(scratch.Fit[fact], strength);
        }

        return count > 0;
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
                fit *= _weights.OtherIntentField;
            }
            else if (fieldIntent is TermFlags.When or TermFlags.Who or TermFlags.Where && intent == TermFlags.None)
            {
                fit *= _weights.OtherIntentField;
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
    /// "How many universities does China have?": a count naming nothing but what is counted asks
    /// for the country's total, which a narrowed figure (the western or world-renowned ones) is not.
    /// </summary>
    private bool NamesOnlyHead(Analysis analysis)
    {
        if (analysis.HeadCount == 0)
        {
            return false;
        }

        for (var i = 0; i < analysis.ConceptCount; i++)
        {
            var concept = analysis.Concepts[i];
            if (IdfOf(concept) > 0 && !analysis.IsHead(concept))
            {
                return false;
            }
        }

        return true;
    }

    public IReadOnlyList<Fact> Search(string query, int max, ScoringScratch scratch)
    {
        // The last word may be half typed ("regis"): it is read as the start of the words it could become.
        var lastStart = query.Length;
        while (lastStart > 0 && char.IsLetter(query[lastStart - 1]) && !TextFolder.IsCjk(query[lastStart - 1]))
        {
            lastStart--;
        }

        var prefixLength = query.Length - lastStart;
        var head = prefixLength >= MinPrefixLength ? query[..lastStart] : query;

        var analysis = _lexicon.Analyze(head, scratch.AnalysisBuilder, question: true);
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
            return [.. _index.Facts.Take(max)];
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
            var digits = scratch.AnalysisBuilder.Folded.AsSpan(figure.Start, figure.Length).TrimEnd('%');
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
                    scratch.Coverage[f] += _index.FigureWeight * _weights.TypedDigits;
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
}
