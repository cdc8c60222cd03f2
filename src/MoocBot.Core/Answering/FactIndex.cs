using MoocBot.Core.Facts;

namespace MoocBot.Core.Answering;

/// <summary>
/// The inverted index over the facts. For each concept: the facts that mention it, with the weight
/// of the best field it appears in (aliases and what-it-counts weigh most, the quote least), and
/// the alias-like fields that contain it, so a question can be scored against whole aliases. Only
/// the postings of the question's concepts are read, so answering stays fast as facts grow.
/// </summary>
internal sealed class FactIndex
{
    private readonly AnsweringWeights _weights;

    public FactIndex(FactRepository repository, Lexicon lexicon, AnsweringWeights weights)
    {
        _weights = weights;
        Facts = [.. repository.Facts];
        var n = Facts.Length;
        Quotes = new string[n][];
        ObservationYears = new int[n][][];
        for (var f = 0; f < n; f++)
        {
            var observations = repository.FindMeasure(Facts[f].Id)?.Observations ?? [];
            Quotes[f] = [.. observations.Select(o => o.Evidence).OfType<ArticleQuote>().Select(q => q.Quote).Distinct(StringComparer.Ordinal)];
            ObservationYears[f] = [.. observations.Select(o => YearsOf(o, repository))];
        }

        for (var f = 0; f < n; f++)
        {
            foreach (var alias in Facts[f].Aliases)
            {
                lexicon.LearnChineseAlias(alias);
            }

            foreach (var text in TextsOf(f))
            {
                lexicon.Learn(text);
            }
        }

        lexicon.Build();
        var conceptCount = lexicon.ConceptCount;
        Kinds = new FactKind[n];
        var builder = new AnalysisBuilder(LongestText());
        var factConcepts = new Dictionary<int, (float Field, float Multiplier)>[n];
        Counted = new int[n][];
        Scope = new int[n][];
        CountsPeople = new bool[n];
        NamesNation = new bool[n];
        var fieldConcepts = new List<(int Fact, float Factor, List<(int Concept, float Multiplier)> Concepts)>();
        var fieldIntents = new List<TermFlags>();
        var df = new int[conceptCount];
        for (var f = 0; f < n; f++)
        {
            var fact = Facts[f];
            Kinds[f] = KindOf(fact);
            var concepts = new Dictionary<int, (float Field, float Multiplier)>();
            var named = new HashSet<int>();
            foreach (var alias in fact.Aliases)
            {
                AddField(alias, weights.AliasField, weights.AliasFit);
            }

            AddField(fact.Counts, weights.CountsField, weights.CountsFit);
            AddField(fact.Unit, weights.UnitField, weights.UnitFit);
            AddField(fact.Display, weights.DisplayField, fact.Value is null ? weights.StatementDisplayFit : weights.FigureDisplayFit);
            AddField(fact.Topic, weights.TopicField, 0f);
            AddField(fact.Note ?? string.Empty, weights.NoteField, 0f);
            foreach (var quote in Quotes[f])
            {
                AddField(quote, weights.QuoteField, 0f);
            }

            factConcepts[f] = concepts;
            Counted[f] = CountedConcepts(fact, lexicon, builder);
            Scope[f] = [.. lexicon.ScopeConcepts.Where(named.Contains)];
            CountsPeople[f] = Counted[f].Intersect(lexicon.PeopleConcepts).Any();
            foreach (var concept in concepts.Keys)
            {
                df[concept]++;
            }

            void AddField(string text, float weight, float fitFactor)
            {
                var analysis = lexicon.Analyze(text, builder, question: false);
                var list = new List<(int Concept, float Multiplier)>(analysis.ConceptCount);
                for (var i = 0; i < analysis.ConceptCount; i++)
                {
                    var concept = analysis.Concepts[i];
                    var multiplier = analysis.Multipliers[i];
                    if (Names(weight))
                    {
                        named.Add(concept);
                    }

                    var existing = concepts.GetValueOrDefault(concept);
                    if (weight * multiplier > existing.Field * existing.Multiplier)
                    {
                        concepts[concept] = (weight, multiplier);
                    }

                    list.Add((concept, analysis.Multipliers[i]));
                }

                if (Names(weight) && (analysis.Flags & (TermFlags.National | TermFlags.NamesChina)) != 0)
                {
                    NamesNation[f] = true;
                }

                if (fitFactor > 0 && list.Count > 0)
                {
                    fieldConcepts.Add((f, fitFactor, list));
                    fieldIntents.Add((analysis.Flags & TermFlags.Share) != 0 ? TermFlags.Share : analysis.LeadingIntent);
                }
            }
        }

        Idf = new float[conceptCount];
        for (var c = 0; c < conceptCount; c++)
        {
            Idf[c] = df[c] == 0 ? 0f : (float)Math.Log(1 + ((double)n / df[c]));
        }

        UnknownWeight = (float)Math.Log(1 + (Math.Max(n, 1) / 2.0));
        FigureWeight = (float)Math.Log(1 + Math.Max(n, 1));

        (PostingStart, PostingFact, PostingWeight, PostingMultiplier) = BuildFactPostings(factConcepts, conceptCount);
        FieldIntent = [.. fieldIntents];
        FieldFact = new int[fieldConcepts.Count];
        FieldFactor = new float[fieldConcepts.Count];
        FieldTotal = new float[fieldConcepts.Count];
        for (var a = 0; a < fieldConcepts.Count; a++)
        {
            var (fact, factor, concepts) = fieldConcepts[a];
            FieldFact[a] = fact;
            FieldFactor[a] = factor;
            foreach (var (concept, multiplier) in concepts)
            {
                FieldTotal[a] += Idf[concept] * multiplier;
            }
        }

        (FieldPostingStart, FieldPostingField, FieldPostingMultiplier) = BuildFieldPostings(fieldConcepts, conceptCount);
        FieldPostingFact = [.. FieldPostingField.Select(field => FieldFact[field])];
        (FigureValues, FigureFacts) = BuildFigures(repository, Facts);
        PeopleFacts = [.. Enumerable.Range(0, n).Where(f => CountsPeople[f] && Kinds[f] == FactKind.Count)];
    }

    public Fact[] Facts { get; }

    public FactKind[] Kinds { get; }

    /// <summary>
    /// Per fact, per observation of its measure (oldest first): the years a question may name for it: the year it is
    /// as of, and for a stored article the year it was published and the years its sentence names.
    /// </summary>
    public int[][][] ObservationYears { get; }

    /// <summary>The newest observation of a fact's measure that fits every year named (see <see cref="ObservationYears"/>), or -1.</summary>
    public int FittingObservation(int fact, ReadOnlySpan<int> years)
    {
        var observations = ObservationYears[fact];
        for (var o = observations.Length - 1; o >= 0; o--)
        {
            var fits = true;
            foreach (var year in years)
            {
                fits &= observations[o].AsSpan().Contains(year);
            }

            if (fits)
            {
                return o;
            }
        }

        return -1;
    }

    /// <summary>Per fact: the distinct sentences its measure's observations quote.</summary>
    public string[][] Quotes { get; }

    /// <summary>Per concept: how much it tells facts apart (0 when no fact mentions it).</summary>
    public float[] Idf { get; }

    /// <summary>The weight of a word no fact uses: it is what the question is about, and we do not know it.</summary>
    public float UnknownWeight { get; }

    /// <summary>How rare a concept is among the facts; 0 for a concept no fact names.</summary>
    public float IdfOf(int concept) => concept < Idf.Length ? Idf[concept] : 0f;

    /// <summary>The weight of a figure quoted in a question that a fact holds.</summary>
    public float FigureWeight { get; }

    public int[] PostingStart { get; }

    public int[] PostingFact { get; }

    /// <summary>Per posting: the weight of the best field the concept appears in.</summary>
    public float[] PostingWeight { get; }

    /// <summary>Per posting: 1 when the field names the concept, 0.5 when it only implies it.</summary>
    public float[] PostingMultiplier { get; }

    /// <summary>Per fact: the concepts naming what it counts (its unit and the head of what-it-counts).</summary>
    public int[][] Counted { get; }

    /// <summary>Per fact: the scope concepts (west, world, English, ...) it names outside its quote.</summary>
    public int[][] Scope { get; }

    /// <summary>Per fact: whether it names China itself outside its quote ("China's world ranking", "Chinese platforms").</summary>
    public bool[] NamesNation { get; }

    /// <summary>Per fact: whether what it counts is a kind of people.</summary>
    public bool[] CountsPeople { get; }

    /// <summary>The facts that count some kind of people, for "how many people".</summary>
    public int[] PeopleFacts { get; }

    public int[] FieldFact { get; }

    /// <summary>Per field: what the alias itself asks for ("when was it written" asks When).</summary>
    public TermFlags[] FieldIntent { get; }

    public float[] FieldFactor { get; }

    public float[] FieldTotal { get; }

    public int[] FieldPostingStart { get; }

    public int[] FieldPostingField { get; }

    public float[] FieldPostingMultiplier { get; }

    /// <summary>Per field posting: the fact of the field, read without going through the field.</summary>
    public int[] FieldPostingFact { get; }

    /// <summary>The facts' values, ascending, for looking up quoted figures.</summary>
    public double[] FigureValues { get; }

    public int[] FigureFacts { get; }

    public int Count => Facts.Length;

    /// <summary>The first index in <see cref="FigureValues"/> not below <paramref name="value"/>.</summary>
    public int LowerBound(double value)
    {
        var lo = 0;
        var hi = FigureValues.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (FigureValues[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    /// <summary>Whether a field of this weight says what the fact is (aliases, what it counts, unit, display, topic), not just where it was read.</summary>
    private bool Names(float weight) => weight > _weights.NoteField && weight != _weights.QuoteField;

    internal static FactKind KindOf(Fact fact) => fact.Unit.ToLowerInvariant() switch
    {
        "year" or "date" => FactKind.When,
        "%" or "percent" => FactKind.Share,
        "rank" => FactKind.Rank,
        _ when fact.Value is null => FactKind.Statement,
        _ => FactKind.Count,
    };

    private IEnumerable<string> TextsOf(int f)
    {
        var fact = Facts[f];
        foreach (var alias in fact.Aliases)
        {
            yield return alias;
        }

        yield return fact.Counts;
        yield return fact.Unit;
        yield return fact.Display;
        yield return fact.Topic;
        yield return fact.Note ?? string.Empty;
        foreach (var quote in Quotes[f])
        {
            yield return quote;
        }
    }

    private int LongestText()
    {
        var longest = 64;
        for (var f = 0; f < Facts.Length; f++)
        {
            foreach (var text in TextsOf(f))
            {
                longest = Math.Max(longest, text.Length);
            }
        }

        return longest;
    }

    private static int[] YearsOf(Observation observation, FactRepository repository)
    {
        var years = new List<int> { YearOf(observation.AsOf) };
        if (observation.Evidence is ArticleQuote quote)
        {
            years.Add(repository.FindArticle(quote.ArticleId)?.Date.Year ?? 0);
            years.AddRange(YearsIn(quote.Quote));
        }

        return [.. years.Where(y => y > 0).Distinct()];
    }

    private static int YearOf(string asOf) =>
        asOf.Length >= 4 && int.TryParse(asOf.AsSpan(0, 4), out var year) ? year : 0;

    private static int[] YearsIn(string text)
    {
        var years = new List<int>();
        for (var i = 0; i + 4 <= text.Length; i++)
        {
            var boundary = (i == 0 || !char.IsDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsDigit(text[i + 4]));
            if (boundary && int.TryParse(text.AsSpan(i, 4), out var year) && year is >= 1900 and <= 2100)
            {
                years.Add(year);
            }
        }

        return [.. years];
    }

    /// <summary>The unit's concepts and those of the noun phrase that opens what-it-counts ("learner enrolments" in "learner enrolments in China's MOOCs").</summary>
    private static int[] CountedConcepts(Fact fact, Lexicon lexicon, AnalysisBuilder builder) =>
        [.. lexicon.Analyze(fact.Unit, builder, question: false).Concepts
            .Concat(lexicon.Analyze(fact.Counts, builder, question: false).Head)
            .Distinct()];

    /// <summary>Where each concept's postings start in a list grouped by concept (the last entry is the list's length), from every posting's concept.</summary>
    private static int[] PostingStarts(IEnumerable<int> postingConcepts, int conceptCount)
    {
        var start = new int[conceptCount + 1];
        foreach (var concept in postingConcepts)
        {
            start[concept + 1]++;
        }

        for (var c = 0; c < conceptCount; c++)
        {
            start[c + 1] += start[c];
        }

        return start;
    }

    private static (int[] Start, int[] Fact, float[] Weight, float[] Multiplier) BuildFactPostings(
        Dictionary<int, (float Field, float Multiplier)>[] factConcepts, int conceptCount)
    {
        var start = PostingStarts(factConcepts.SelectMany(concepts => concepts.Keys), conceptCount);
        var next = (int[])start.Clone();
        var facts = new int[start[conceptCount]];
        var weights = new float[start[conceptCount]];
        var multipliers = new float[start[conceptCount]];
        for (var f = 0; f < factConcepts.Length; f++)
        {
            foreach (var (concept, (field, multiplier)) in factConcepts[f])
            {
                var slot = next[concept]++;
                facts[slot] = f;
                weights[slot] = field;
                multipliers[slot] = multiplier;
            }
        }

        return (start, facts, weights, multipliers);
    }

    private static (int[] Start, int[] Field, float[] Multiplier) BuildFieldPostings(
        List<(int Fact, float Factor, List<(int Concept, float Multiplier)> Concepts)> fields, int conceptCount)
    {
        var start = PostingStarts(fields.SelectMany(field => field.Concepts.Select(c => c.Concept)), conceptCount);
        var next = (int[])start.Clone();
        var ids = new int[start[conceptCount]];
        var multipliers = new float[start[conceptCount]];
        for (var a = 0; a < fields.Count; a++)
        {
            foreach (var (concept, multiplier) in fields[a].Concepts)
            {
                var slot = next[concept]++;
                ids[slot] = a;
                multipliers[slot] = multiplier;
            }
        }

        return (start, ids, multipliers);
    }

    /// <summary>Every observation's value, so "what does 402 million refer to?" finds a figure that is now history.</summary>
    private static (double[] Values, int[] Facts) BuildFigures(FactRepository repository, Fact[] facts)
    {
        var entries = new List<(double Value, int Fact)>();
        for (var f = 0; f < facts.Length; f++)
        {
            IEnumerable<decimal?> values = repository.FindMeasure(facts[f].Id) is { } measure ? measure.Observations.Select(o => o.Value) : [facts[f].Value];
            foreach (var value in values.OfType<decimal>().Distinct())
            {
                entries.Add(((double)value, f));
            }
        }

        entries.Sort((a, b) => a.Value != b.Value ? a.Value.CompareTo(b.Value) : a.Fact.CompareTo(b.Fact));
        return ([.. entries.Select(e => e.Value)], [.. entries.Select(e => e.Fact)]);
    }
}
