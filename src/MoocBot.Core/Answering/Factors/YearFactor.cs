namespace MoocBot.Core.Answering.Factors;

/// <summary>
/// A year the question names must be a year of one of the measure's observations (as of, published, or named in its
/// sentence); a date fact also fits its own year. A fact that does not fit scores nothing; the best one ruled out is
/// kept, so a question about another time can say which figures there are.
/// </summary>
internal sealed class YearFactor(FactIndex index) : IFactFactor
{
    /// <summary>The most years of a question that are read.</summary>
    private const int MaxYears = 4;

    public float Apply(int fact, float score, in ScoredQuestion question)
    {
        var years = question.Analysis.Years.AsSpan();
        if (years.IsEmpty)
        {
            return score;
        }

        years = years[..Math.Min(years.Length, MaxYears)];
        if (index.FittingObservation(fact, years) >= 0 || (index.Kinds[fact] == FactKind.When && AllAre(years, index.Facts[fact].Value)))
        {
            return score;
        }

        var scratch = question.Scratch;
        if (score > scratch.YearRejectedScore)
        {
            scratch.YearRejectedScore = score;
            scratch.YearRejectedFact = fact;
        }

        return 0;
    }

    private static bool AllAre(ReadOnlySpan<int> years, decimal? value)
    {
        foreach (var year in years)
        {
            if (value != year)
            {
                return false;
            }
        }

        return true;
    }
}
