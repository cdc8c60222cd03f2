namespace MoocBot.Core.Answering.Rules;

/// <summary>
/// "According to People's Daily, how many MOOCs ...": when a question names the source only to attribute a figure it
/// asks for, the source's words (the vocabulary's source-words) must not pull it towards the source facts. A question
/// asking who, when or where, or naming nothing but the source, is about the source.
/// </summary>
internal sealed class AttributionRule(Lexicon lexicon, FactIndex index, AnsweringWeights weights) : IAnswerRule
{
    public RulePhase Phase => RulePhase.Reading;

    public Refusal Apply(Evaluation evaluation)
    {
        var analysis = evaluation.Analysis;
        if (evaluation.Intent is TermFlags.Who or TermFlags.When or TermFlags.Where)
        {
            return Refusal.None;
        }

        var other = false;
        for (var i = 0; i < analysis.FigureCount; i++)
        {
            other |= !analysis.Figures[i].IsYearLike;
        }

        for (var i = 0; i < analysis.ConceptCount; i++)
        {
            var concept = analysis.Concepts[i];
            other |= !lexicon.IsAttribution(concept) && index.IdfOf(concept) > 0;
        }

        if (!other)
        {
            return Refusal.None;
        }

        evaluation.Analysis = analysis.ScaleConcepts(lexicon.IsAttribution, weights.Attribution);
        return Refusal.None;
    }
}
