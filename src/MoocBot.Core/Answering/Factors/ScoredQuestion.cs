namespace MoocBot.Core.Answering.Factors;

/// <summary>What the per-fact factors read about one question, worked out once before its facts are weighed.</summary>
/// <param name="Scratch">The scoring memory (a year's factor records there the best fact it ruled out).</param>
/// <param name="Analysis">The question's reading.</param>
/// <param name="Intent">What the question asks for: a count, a share, a date, a person, a place, which one; or none.</param>
/// <param name="AsksRank">It names a rank ("is China's MOOC count the largest?"), even if it says "count".</param>
/// <param name="YesNo">A yes/no question asking for no kind of figure, and quoting none a fact holds.</param>
/// <param name="Scoped">It names the whole country, China, or a scope concept (the west, the world).</param>
/// <param name="National">It says the whole country ("in China").</param>
/// <param name="NamesChina">It names China ("Chinese universities").</param>
/// <param name="CountryTotal">A count naming nothing but what it counts and China or the country: the country's total.</param>
/// <param name="CheckHead">It asks how many of something it names (or nothing in particular), so a count must count that.</param>
/// <param name="HeadCounted">Some fact it touches counts what it names.</param>
internal readonly record struct ScoredQuestion(
    ScoringScratch Scratch,
    Analysis Analysis,
    TermFlags Intent,
    bool AsksRank,
    bool YesNo,
    bool Scoped,
    bool National,
    bool NamesChina,
    bool CountryTotal,
    bool CheckHead,
    bool HeadCounted);
