namespace MoocBot.Core.Answering.Factors;

/// <summary>
/// Every per-fact factor of the score, in the one order <see cref="QuestionScorer"/> applies them to each fact it
/// touches: what kind of answer the fact is, a yes/no question, the years named, the scope, what is counted. Their
/// numbers are <see cref="AnsweringWeights"/>; the words they read are data (<c>data/vocabulary.txt</c>).
/// </summary>
internal sealed class FactFactors
{
    public FactFactors(Lexicon lexicon, FactIndex index, AnsweringWeights weights)
    {
        Head = new HeadFactor(lexicon, index, weights);
        All =
        [
            new IntentFactor(index, weights),
            new YesNoFactor(index, weights),
            new YearFactor(index),
            new ScopeFactor(lexicon, index, weights),
            Head,
        ];
        Names = [.. All.Select(f => f.GetType().Name.Replace("Factor", string.Empty, StringComparison.Ordinal))];
    }

    /// <summary>The factors' names, in the same order ("Intent", "YesNo", "Year", "Scope", "Head"), for Explain.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>The factors, in the order they apply.</summary>
    public IFactFactor[] All { get; }

    /// <summary>The counted-thing factor, which also tells whether any fact counts what a question names.</summary>
    public HeadFactor Head { get; }
}
