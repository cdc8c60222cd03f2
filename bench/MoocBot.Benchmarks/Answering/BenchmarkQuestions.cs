namespace MoocBot.Benchmarks.Answering;

/// <summary>Questions as people type them, grouped by what a good answerer should do with them.</summary>
internal static class BenchmarkQuestions
{
    private static readonly Lazy<IReadOnlyList<string>> DevelopmentQuestions = new(LoadDevelopmentSet);

    public static IReadOnlyList<string> Answerable { get; } =
    [
        "How many MOOCs are there in China?",
        "how many registered users",
        "How many students study MOOCs?",
        "what does 979 million refer to?",
        "How many teachers were trained in western China?",
        "What share of universities in the west use MOOCs?",
        "how many visits has the smart education platform had",
        "When was the World MOOC and Online Education Alliance founded?",
        "how many languags are the internatonal courses in",
        "Who reported these figures?",
        "virtual experiments",
        "How many course credits have been recognised?",
    ];

    public static IReadOnlyList<string> OutOfScope { get; } =
    [
        "What's the weather in Beijing tomorrow?",
        "How many MOOCs does India have?",
        "How many MOOCs will there be in 2030?",
        "hi there, how are you?",
        "asdf qwerty zxcv",
    ];

    public static IReadOnlyList<string> Ambiguous { get; } =
    [
        "how many courses?",
        "how many universities?",
        "how many countries?",
    ];

    /// <summary>The three groups interleaved, so a cycle through them mixes the kinds the way traffic does.</summary>
    public static IReadOnlyList<string> Mixed { get; } = Interleave(Answerable, OutOfScope, Ambiguous);

    /// <summary>Questions about <see cref="SyntheticFacts"/> (out of scope for the real repository).</summary>
    public static IReadOnlyList<string> Generated { get; } = SyntheticFacts.SampleQuestions(10);

    /// <summary>The questions of the development question set, answerable and not, in file order.</summary>
    public static IReadOnlyList<string> DevelopmentSet => DevelopmentQuestions.Value;

    public static IReadOnlyList<string> Get(QuestionKind kind) => kind switch
    {
        QuestionKind.DevelopmentSet => DevelopmentSet,
        QuestionKind.Answerable => Answerable,
        QuestionKind.OutOfScope => OutOfScope,
        QuestionKind.Ambiguous => Ambiguous,
        QuestionKind.Generated => Generated,
        _ => Mixed,
    };

    // questions.tsv: question<TAB>expected fact id, "ambiguous" or "not_found"; '#' starts a comment line.
    private static IReadOnlyList<string> LoadDevelopmentSet()
    {
        return [.. File.ReadLines(Path.Combine(BenchmarkData.RootFolder, "tests", "MoocBot.Core.Tests", "Answering", "questions.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Where(parts => parts.Length == 2)
            .Select(parts => parts[0])];
    }

    private static List<string> Interleave(params IReadOnlyList<string>[] groups)
    {
        var mixed = new List<string>();
        for (var i = 0; mixed.Count < groups.Sum(g => g.Count); i++)
        {
            mixed.AddRange(groups.Where(g => i < g.Count).Select(g => g[i]));
        }

        return mixed;
    }
}
