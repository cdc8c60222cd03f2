namespace MoocBot.Core.Answering;

/// <summary>
/// Per-thread working memory for scoring one question: accumulators indexed by fact and by field,
/// and the lists of entries touched so that only those are reset afterwards.
/// </summary>
internal sealed class ScoringScratch
{
    public const int TopCount = 6;

    [ThreadStatic]
    private static ScoringScratch? t_current;

    private Rules.Evaluation? _evaluation;

    private ScoringScratch(int facts, int fields)
    {
        Coverage = new float[facts];
        Fit = new float[facts];
        FactTouched = new bool[facts];
        TouchedFacts = new int[facts];
        FieldHits = new float[fields];
        FieldTouched = new bool[fields];
        TouchedFields = new int[fields];
    }

    /// <summary>The working memory a question is read with.</summary>
    public AnalysisBuilder AnalysisBuilder { get; } = new();

    /// <summary>The rules' view of the question being scored (see <see cref="Rules.Evaluation"/>).</summary>
    public Rules.Evaluation Evaluation => _evaluation ??= new Rules.Evaluation(this);

    public float[] Coverage { get; }

    public float[] Fit { get; }

    public bool[] FactTouched { get; }

    public int[] TouchedFacts { get; }

    public int TouchedFactCount { get; set; }

    public float[] FieldHits { get; }

    public bool[] FieldTouched { get; }

    public int[] TouchedFields { get; }

    public int TouchedFieldCount { get; set; }

    public int[] TopFacts { get; } = new int[TopCount];

    public float[] TopScores { get; } = new float[TopCount];

    public int TopLength { get; set; }

    /// <summary>The best score a fact had before a year the question names ruled it out.</summary>
    public float YearRejectedScore { get; set; }

    /// <summary>The fact that had <see cref="YearRejectedScore"/>, or -1.</summary>
    public int YearRejectedFact { get; set; } = -1;

    /// <summary>The score a fact must reach to enter the best list: the last one's once the list is full.</summary>
    public float TopFloor => TopLength == TopCount ? TopScores[TopCount - 1] : 0f;

    /// <summary>The best facts by match alone, before what the question asks for is weighed: the suggestions when nothing fits.</summary>
    public int[] NearFacts { get; } = new int[TopCount];

    public float[] NearScores { get; } = new float[TopCount];

    public int NearLength { get; set; }

    /// <summary>This thread's scratch, large enough for an index of this size.</summary>
    public static ScoringScratch For(FactIndex index)
    {
        var scratch = t_current;
        if (scratch is null || scratch.Coverage.Length < index.Count || scratch.FieldHits.Length < index.FieldFact.Length)
        {
            scratch = new ScoringScratch(
                Math.Max(index.Count, scratch?.Coverage.Length ?? 0),
                Math.Max(index.FieldFact.Length, scratch?.FieldHits.Length ?? 0));
            t_current = scratch;
        }

        return scratch;
    }

    public void TouchFact(int fact)
    {
        if (!FactTouched[fact])
        {
            FactTouched[fact] = true;
            TouchedFacts[TouchedFactCount++] = fact;
        }
    }

    public void TouchField(int field)
    {
        if (!FieldTouched[field])
        {
            FieldTouched[field] = true;
            TouchedFields[TouchedFieldCount++] = field;
        }
    }

    /// <summary>Keeps the best <see cref="TopCount"/> facts, best first; equal scores keep repository order.</summary>
    public void OfferTop(int fact, float score) => TopLength = Offer(TopFacts, TopScores, TopLength, fact, score);

    /// <summary>Keeps the best matches regardless of what the question asks for.</summary>
    public void OfferNear(int fact, float score) => NearLength = Offer(NearFacts, NearScores, NearLength, fact, score);

    private static int Offer(int[] facts, float[] scores, int length, int fact, float score)
    {
        if (score <= 0)
        {
            return length;
        }

        var position = length;
        while (position > 0 && (scores[position - 1] < score || (scores[position - 1] == score && facts[position - 1] > fact)))
        {
            position--;
        }

        if (position >= facts.Length)
        {
            return length;
        }

        var end = Math.Min(length, facts.Length - 1);
        for (var i = end; i > position; i--)
        {
            facts[i] = facts[i - 1];
            scores[i] = scores[i - 1];
        }

        facts[position] = fact;
        scores[position] = score;
        return Math.Min(length + 1, facts.Length);
    }

    public void Reset()
    {
        YearRejectedScore = 0;
        YearRejectedFact = -1;
        for (var i = 0; i < TouchedFactCount; i++)
        {
            var fact = TouchedFacts[i];
            Coverage[fact] = 0;
            Fit[fact] = 0;
            FactTouched[fact] = false;
        }

        for (var i = 0; i < TouchedFieldCount; i++)
        {
            FieldHits[TouchedFields[i]] = 0;
            FieldTouched[TouchedFields[i]] = false;
        }

        TouchedFactCount = 0;
        TouchedFieldCount = 0;
        TopLength = 0;
        NearLength = 0;
    }
}
