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

    public Analysis Analysis { get; } = new();

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
    public void OfferTop(int fact, float score)
    {
        if (score <= 0)
        {
            return;
        }

        var position = TopLength;
        while (position > 0 && (TopScores[position - 1] < score || (TopScores[position - 1] == score && TopFacts[position - 1] > fact)))
        {
            position--;
        }

        if (position >= TopCount)
        {
            return;
        }

        var end = Math.Min(TopLength, TopCount - 1);
        for (var i = end; i > position; i--)
        {
            TopFacts[i] = TopFacts[i - 1];
            TopScores[i] = TopScores[i - 1];
        }

        TopFacts[position] = fact;
        TopScores[position] = score;
        TopLength = Math.Min(TopLength + 1, TopCount);
    }

    public void Reset()
    {
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
    }
}
