namespace MoocBot.Core.Facts;

/// <summary>The sections a vocabulary file may hold; <c>data/vocabulary.txt</c> says what each is for.</summary>
internal static class VocabularySections
{
    public const string Synonyms = "synonyms";
    public const string LightVerbs = "light-verbs";
    public const string SourceWords = "source-words";
    public const string StopWords = "stop-words";
    public const string CountWords = "count-words";
    public const string WhenWords = "when-words";
    public const string WhoWords = "who-words";
    public const string WhichWords = "which-words";
    public const string WhereWords = "where-words";
    public const string ShareWords = "share-words";
    public const string NotAFigureWords = "not-a-figure-words";
    public const string ReasonWords = "reason-words";
    public const string RatioWords = "ratio-words";
    public const string FutureWords = "future-words";
    public const string ForeignPlaces = "foreign-places";
    public const string NationalWords = "national-words";
    public const string ChinaNames = "china-names";
    public const string UnrelatedWords = "unrelated-words";
    public const string YesNoOpeners = "yes-no-openers";
    public const string BeVerbs = "be-verbs";
    public const string ScopeConcepts = "scope-concepts";
    public const string RegionalScopeConcepts = "regional-scope-concepts";
    public const string WorldConcepts = "world-concepts";
    public const string PeopleConcepts = "people-concepts";
    public const string ChangeWords = "change-words";
    public const string Places = "places";

    /// <summary>Every section name, in the order of <c>data/vocabulary.txt</c>.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        Synonyms, LightVerbs, SourceWords, StopWords, CountWords, WhenWords, WhoWords, WhichWords, WhereWords, ShareWords,
        NotAFigureWords, ReasonWords, RatioWords, FutureWords, ForeignPlaces, NationalWords, ChinaNames, UnrelatedWords,
        YesNoOpeners, BeVerbs, ScopeConcepts, RegionalScopeConcepts, WorldConcepts, PeopleConcepts, ChangeWords, Places,
    ];
}
