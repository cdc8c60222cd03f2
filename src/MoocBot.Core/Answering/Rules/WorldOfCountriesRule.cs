namespace MoocBot.Core.Answering.Rules;

/// <summary>
/// "How many countries worldwide use the platform?": countries are parts of the world, so with countries counted the
/// world is where they are counted, not a world total; unless the question names nothing else ("how many countries
/// are there in the world?").
/// </summary>
internal sealed class WorldOfCountriesRule(Lexicon lexicon, FactIndex index) : IAnswerRule
{
    public RulePhase Phase => RulePhase.Reading;

    public Refusal Apply(Evaluation evaluation)
    {
        var analysis = evaluation.Analysis;
        if (!analysis.IsHead(lexicon.CountryConcept))
        {
            return Refusal.None;
        }

        var other = false;
        for (var i = 0; i < analysis.ConceptCount; i++)
        {
            var concept = analysis.Concepts[i];
            other |= index.IdfOf(concept) > 0 && !analysis.IsHead(concept)
                && Array.IndexOf(lexicon.WorldConcepts, concept) < 0;
        }

        if (other)
        {
            evaluation.Analysis = analysis.WithoutConcepts(lexicon.WorldConcepts);
        }

        return Refusal.None;
    }
}
