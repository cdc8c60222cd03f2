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
        if (Array.IndexOf(analysis.Head, lexicon.CountryConcept, 0, analysis.HeadCount) < 0)
        {
            return Refusal.None;
        }

        var other = false;
        for (var i = 0; i < analysis.ConceptCount; i++)
        {
            var concept = analysis.Concepts[i];
            other |= index.IdfOf(concept) > 0 && Array.IndexOf(analysis.Head, concept, 0, analysis.HeadCount) < 0
                && Array.IndexOf(lexicon.WorldConcepts, concept) < 0;
        }

        if (other)
        {
            foreach (var world in lexicon.WorldConcepts)
            {
                analysis.RemoveConcept(world);
            }
        }

        return Refusal.None;
    }
}
