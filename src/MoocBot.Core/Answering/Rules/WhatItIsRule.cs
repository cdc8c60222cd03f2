namespace MoocBot.Core.Answering.Rules;

/// <summary>
/// "What is blended teaching?", "what is the smart education platform?": asking what a thing is, naming no quantity, is
/// not answered by how many of it there are. A name or a statement ("what is XuetangX?") still answers it, and so does
/// a count whose unit the question names in the plural ("what are the platform visits?" asks for the visits).
/// </summary>
internal sealed class WhatItIsRule(FactIndex index, AnsweringWeights weights) : IAnswerRule
{
    public RulePhase Phase => RulePhase.Scores;

    public Refusal Apply(Evaluation evaluation)
    {
        var analysis = evaluation.Analysis;
        var best = evaluation.Scratch.TopFacts[0];
        return analysis.AsksWhatItIs && !evaluation.AsksForFigure && !analysis.NamesQuantity && evaluation.Intent == TermFlags.None
            && index.Kinds[best] is FactKind.Count or FactKind.Share
            && !HeadNamesUnit(analysis, best)
            ? Refusal.Suggest
            : Refusal.None;
    }

    /// <summary>Whether the noun phrase the question opens with names, in so many words and in the plural, what the fact counts.</summary>
    private bool HeadNamesUnit(Analysis analysis, int fact)
    {
        if (!analysis.HeadIsPlural)
        {
            return false;
        }

        var counted = index.Counted[fact];
        for (var i = 0; i < analysis.ConceptCount; i++)
        {
            var concept = analysis.Concepts[i];
            if (analysis.Multipliers[i] >= weights.NamedMultiplier
                && Array.IndexOf(counted, concept) >= 0
                && analysis.IsHead(concept))
            {
                return true;
            }
        }

        return false;
    }
}
