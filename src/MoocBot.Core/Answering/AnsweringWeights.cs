namespace MoocBot.Core.Answering;

/// <summary>
/// Every tuned number of the answerer, named, in one place. The question sets (tests/…/Answering/*.tsv) are what they
/// were tuned against: change one only with their figures in front of you.
/// </summary>
internal sealed record AnsweringWeights
{
    /// <summary>The weights the question sets were tuned with.</summary>
    public static AnsweringWeights Default { get; } = new();

    // Reading a question (Lexicon).

    /// <summary>A light verb ("took courses") says little about which figure is meant.</summary>
    public float LightVerb { get; init; } = 0.6f;

    /// <summary>A word read through the typo corrector counts a little less than one spelt right.</summary>
    public float CorrectedWord { get; init; } = 0.8f;

    /// <summary>A broader concept a phrase implies ("a MOOC is a course") counts at this share of the phrase's weight.</summary>
    public float ImpliedConcept { get; init; } = 0.5f;

    /// <summary>"How many people" names no kind of person: the word "people" itself counts at this share.</summary>
    public float PeopleInHead { get; init; } = 0.5f;

    // Indexing the facts (FactIndex): how much a concept met in a field says the fact is about it, and how fully
    // matching the whole field fits the fact.

    /// <summary>A concept in one of the fact's aliases.</summary>
    public float AliasField { get; init; } = 1.0f;

    /// <summary>A concept in what the fact counts.</summary>
    public float CountsField { get; init; } = 0.9f;

    /// <summary>A concept in the fact's unit.</summary>
    public float UnitField { get; init; } = 0.8f;

    /// <summary>A concept in the fact's figure as displayed.</summary>
    public float DisplayField { get; init; } = 0.6f;

    /// <summary>A concept in the fact's topic.</summary>
    public float TopicField { get; init; } = 0.6f;

    /// <summary>A concept in the fact's note.</summary>
    public float NoteField { get; init; } = 0.3f;

    /// <summary>A concept in the fact's quote: met with no more than this, it is said only where the fact was read, not what it is.</summary>
    public float QuoteField { get; init; } = 0.4f;

    /// <summary>Matching a whole alias fits the fact fully.</summary>
    public float AliasFit { get; init; } = 1.0f;

    /// <summary>Matching all of what the fact counts.</summary>
    public float CountsFit { get; init; } = 0.9f;

    /// <summary>Matching the whole unit.</summary>
    public float UnitFit { get; init; } = 0.6f;

    /// <summary>Matching the whole display of a statement (a fact without a number).</summary>
    public float StatementDisplayFit { get; init; } = 0.8f;

    /// <summary>Matching the whole display of a figure.</summary>
    public float FigureDisplayFit { get; init; } = 0.5f;

    // Scoring the facts (QuestionScorer).

    /// <summary>A fact's score is its coverage times (1 - this + this × fit): how much a whole-field match adds.</summary>
    public float FitShare { get; init; } = 0.5f;

    /// <summary>"How many people" covers a fact counting some kind of people as if it named what it counts, at this share.</summary>
    public float PeopleCoverage { get; init; } = 0.9f;

    /// <summary>"People" fits a fact counting learners or users as well as its unit would.</summary>
    public float PeopleFit { get; init; } = 0.6f;

    /// <summary>Source words ("according to People's Daily") in a question asking for a figure count at this share.</summary>
    public float Attribution { get; init; } = 0.2f;

    /// <summary>A yes/no question is answered by a statement more than by how many.</summary>
    public float YesNoCount { get; init; } = 0.8f;

    /// <summary>A fact not narrowed the way the question is (the west, the world, English).</summary>
    public float ScopeMismatch { get; init; } = 0.4f;

    /// <summary>A narrowed fact for a question about the whole country, or a country total asked for.</summary>
    public float NationalMismatch { get; init; } = 0.5f;

    /// <summary>A count fact counting something else than what "how many …" names.</summary>
    public float HeadMismatch { get; init; } = 0.75f;

    /// <summary>A count of people when the question names a kind of person.</summary>
    public float HeadKind { get; init; } = 0.9f;

    /// <summary>A concept named in so many words (possibly through a typo), not only implied, weighs at least this.</summary>
    public float NamedMultiplier { get; init; } = 0.8f;

    /// <summary>A figure quoted in the question within a few percent of a fact's, not exactly.</summary>
    public float NearFigure { get; init; } = 0.6f;

    /// <summary>Large figures (at least <see cref="NearFigureMinimum"/>) match within this share.</summary>
    public double NearFigureTolerance { get; init; } = 0.04;

    /// <summary>The smallest figure matched within <see cref="NearFigureTolerance"/>; smaller ones match exactly.</summary>
    public double NearFigureMinimum { get; init; } = 1000;

    /// <summary>A figure without "%" matching a share.</summary>
    public float ShareWithoutPercent { get; init; } = 0.9f;

    /// <summary>An alias that asks its own question ("when was it written") fitting a question asking something else.</summary>
    public float OtherIntentField { get; init; } = 0.5f;

    /// <summary>Digits being typed (autocomplete) matching a fact's displayed figure.</summary>
    public float TypedDigits { get; init; } = 0.8f;

    // How well a kind of fact answers what the question asks for (1 when it is the kind asked for).

    /// <summary>A share for "how many".</summary>
    public float ShareForCount { get; init; } = 0.55f;

    /// <summary>A rank for "how many".</summary>
    public float RankForCount { get; init; } = 0.5f;

    /// <summary>A date for "how many".</summary>
    public float DateForCount { get; init; } = 0.25f;

    /// <summary>A statement for "how many".</summary>
    public float StatementForCount { get; init; } = 0.3f;

    /// <summary>A count for "what share".</summary>
    public float CountForShare { get; init; } = 0.5f;

    /// <summary>Anything but a share or a count for "what share".</summary>
    public float OtherForShare { get; init; } = 0.3f;

    /// <summary>A statement for "when".</summary>
    public float StatementForWhen { get; init; } = 0.45f;

    /// <summary>A count for "when".</summary>
    public float CountForWhen { get; init; } = 0.35f;

    /// <summary>A share or a rank for "when".</summary>
    public float OtherForWhen { get; init; } = 0.3f;

    /// <summary>Anything but a statement for "who".</summary>
    public float OtherForWho { get; init; } = 0.3f;

    /// <summary>A count or a share for "which".</summary>
    public float FigureForWhich { get; init; } = 0.8f;

    /// <summary>A count for "where".</summary>
    public float CountForWhere { get; init; } = 0.55f;

    /// <summary>A share or a date for "where".</summary>
    public float OtherForWhere { get; init; } = 0.3f;

    /// <summary>How well a kind of fact answers what the question asks for ("how many" wants a count, "when" a date).</summary>
    public float IntentFactor(TermFlags intent, FactKind kind) => intent switch
    {
        TermFlags.Count => kind switch
        {
            FactKind.Count => 1f,
            FactKind.Share => ShareForCount,
            FactKind.Rank => RankForCount,
            FactKind.When => DateForCount,
            _ => StatementForCount,
        },
        TermFlags.Share => kind switch
        {
            FactKind.Share => 1f,
            FactKind.Count => CountForShare,
            _ => OtherForShare,
        },
        TermFlags.When => kind switch
        {
            FactKind.When => 1f,
            FactKind.Statement => StatementForWhen,
            FactKind.Count => CountForWhen,
            _ => OtherForWhen,
        },
        TermFlags.Who => kind == FactKind.Statement ? 1f : OtherForWho,
        TermFlags.Which => kind is FactKind.Count or FactKind.Share ? FigureForWhich : 1f,
        TermFlags.Where => kind switch
        {
            FactKind.Statement or FactKind.Rank => 1f,
            FactKind.Count => CountForWhere,
            _ => OtherForWhere,
        },
        _ => 1f,
    };

    // Deciding (FactAnswerer).

    /// <summary>The score a fact needs to answer.</summary>
    public float AnswerThreshold { get; init; } = 0.5f;

    /// <summary>Facts within this share of the best score make the answer ambiguous.</summary>
    public float AmbiguityRatio { get; init; } = 0.88f;

    /// <summary>The confidence of an ambiguous answer, as a share of the best score.</summary>
    public double AmbiguousConfidence { get; init; } = 0.5;

    /// <summary>The confidence of an answer with no runner-up margin, as a share of its score; the margin adds the rest.</summary>
    public double ConfidenceWithoutMargin { get; init; } = 0.6;

    /// <summary>How fast the margin over the runner-up reaches full confidence (a runner-up at half the best score does).</summary>
    public double MarginSlope { get; init; } = 2.0;
}
