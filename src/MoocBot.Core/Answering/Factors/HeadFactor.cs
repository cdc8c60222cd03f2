namespace MoocBot.Core.Answering.Factors;

/// <summary>
/// "How many ... ": a count fact must count what the question names. It keeps its score when it counts the very
/// thing, a little less when it counts people and the question names a kind of person
/// (<see cref="AnsweringWeights.HeadKind"/>), less when it counts something else or no fact counts what is named
/// (<see cref="AnsweringWeights.HeadMismatch"/>).
/// </summary>
internal sealed class HeadFactor(Lexicon lexicon, FactIndex index, AnsweringWeights weights) : IFactFactor
{
    public float Apply(int fact, float score, in ScoredQuestion question)
    {
        if (!question.CheckHead || index.Kinds[fact] != FactKind.Count)
        {
            return score;
        }

        var analysis = question.Analysis;
        var factor = question.HeadCounted ? Factor(fact, analysis) : weights.HeadMismatch;
        return score * (factor > weights.HeadMismatch && question.Intent == TermFlags.Count && !question.Scoped && index.Scope[fact].Length > 0
            && NamesWhatOnlyItsQuoteSays(fact, analysis)
            ? weights.HeadMismatch
            : factor);
    }

    /// <summary>Whether any touched fact counts what the question names; if none does, no count fact answers it well ("what are Love Course and XuetangX?" is not how many courses they open).</summary>
    public bool AnyCounts(ScoringScratch scratch, Analysis analysis)
    {
        for (var i = 0; i < scratch.TouchedFactCount; i++)
        {
            if (Factor(scratch.TouchedFacts[i], analysis) > weights.HeadMismatch)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>1 when the fact counts the very thing named, a little less when it counts people and the question names a kind of person, less when it counts something else.</summary>
    private float Factor(int fact, Analysis analysis)
    {
        var counted = index.Counted[fact];
        foreach (var head in analysis.Head)
        {
            if (Array.IndexOf(counted, head) >= 0)
            {
                return 1f;
            }
        }

        if ((analysis.HeadIsPeople || HeadNamesPeople(analysis)) && index.CountsPeople[fact])
        {
            return analysis.HeadIsPeople && analysis.HeadCount == 0 ? 1f : weights.HeadKind;
        }

        return weights.HeadMismatch;
    }

    private bool HeadNamesPeople(Analysis analysis)
    {
        foreach (var head in analysis.Head)
        {
            if (Array.IndexOf(lexicon.PeopleConcepts, head) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "How many teachers make MOOCs?": a narrowed fact (the west's trained teachers) counts the teachers, but the
    /// question, narrowed to nothing, names something else about them (MOOCs) that the fact says only in its quote,
    /// never in what it counts or its aliases: those are other teachers.
    /// </summary>
    private bool NamesWhatOnlyItsQuoteSays(int fact, Analysis analysis)
    {
        for (var i = 0; i < analysis.ConceptCount; i++)
        {
            var concept = analysis.Concepts[i];
            if (analysis.Multipliers[i] < weights.NamedMultiplier || index.IdfOf(concept) <= 0
                || analysis.IsHead(concept)
                || Array.IndexOf(lexicon.PeopleConcepts, concept) >= 0 || Array.IndexOf(lexicon.ScopeConcepts, concept) >= 0)
            {
                continue;
            }

            for (var p = index.PostingStart[concept]; p < index.PostingStart[concept + 1]; p++)
            {
                if (index.PostingFact[p] == fact)
                {
                    if (index.PostingWeight[p] <= weights.QuoteField)
                    {
                        return true;
                    }

                    break;
                }
            }
        }

        return false;
    }
}
