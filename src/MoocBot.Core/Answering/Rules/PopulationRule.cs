namespace MoocBot.Core.Answering.Rules;

/// <summary>
/// "How many people are in China?": people in general, in the whole country, doing nothing the question names, is the
/// population, which no fact counts.
/// </summary>
internal sealed class PopulationRule(Lexicon lexicon, FactIndex index) : IAnswerRule
{
    public RulePhase Phase => RulePhase.Scores;

    public Refusal Apply(Evaluation evaluation) => AsksForPopulation(evaluation.Analysis) ? Refusal.OutOfScope : Refusal.None;

    private bool AsksForPopulation(Analysis analysis)
    {
        if (!analysis.HeadIsPeople || (analysis.Flags & TermFlags.National) == 0)
        {
            return false;
        }

        var people = lexicon.PeopleConcepts[0];
        for (var i = 0; i < analysis.ConceptCount; i++)
        {
            if (analysis.Concepts[i] != people && index.IdfOf(analysis.Concepts[i]) > 0)
            {
                return false;
            }
        }

        return analysis.FigureCount == 0;
    }
}
