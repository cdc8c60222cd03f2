namespace MoocBot.Core.Answering.Factors;

/// <summary>
/// A question narrowed to part of the whole ("in the west", "from abroad") is answered only by a fact narrowed the
/// same way (<see cref="AnsweringWeights.ScopeMismatch"/>). A question about the whole country ("in China") is not
/// answered by a narrowed figure unless that fact names China itself; one that only names China is not answered by a
/// figure for part of China; and one naming nothing but what it counts and China ("how many universities does China
/// have") asks for the country's total, which no narrowed figure is (<see cref="AnsweringWeights.NationalMismatch"/>).
/// </summary>
internal sealed class ScopeFactor(Lexicon lexicon, FactIndex index, AnsweringWeights weights) : IFactFactor
{
    public float Apply(int fact, float score, in ScoredQuestion question) =>
        question.Scoped ? score * Factor(fact, question) : score;

    private float Factor(int fact, in ScoredQuestion question)
    {
        var factScope = index.Scope[fact];
        var questionScoped = false;
        foreach (var scope in lexicon.ScopeConcepts)
        {
            if (!question.Analysis.HasConcept(scope))
            {
                continue;
            }

            questionScoped = true;
            if (Array.IndexOf(factScope, scope) < 0)
            {
                return weights.ScopeMismatch;
            }
        }

        if (questionScoped || factScope.Length == 0)
        {
            return 1f;
        }

        if (question.CountryTotal)
        {
            return weights.NationalMismatch;
        }

        return !index.NamesNation[fact] && (question.National || (question.NamesChina && IsRegional(factScope))) ? weights.NationalMismatch : 1f;
    }

    private bool IsRegional(int[] factScope)
    {
        foreach (var scope in lexicon.RegionalScopeConcepts)
        {
            if (Array.IndexOf(factScope, scope) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
