namespace MoocBot.Benchmarks.Answering;

/// <summary>Which questions a benchmark cycles through.</summary>
public enum QuestionKind
{
    /// <summary>All realistic questions: answerable, out of scope and ambiguous together.</summary>
    Mixed,

    /// <summary>Questions one fact answers (paraphrases, typos, figures quoted back).</summary>
    Answerable,

    /// <summary>Questions no fact answers (weather, other countries, the future, chit-chat, gibberish).</summary>
    OutOfScope,

    /// <summary>Questions two or more facts fit ("how many courses?").</summary>
    Ambiguous,

    /// <summary>Questions about the generated facts ("how many physics courses in Gansu?").</summary>
    Generated,

    /// <summary>The answerer's development question set (tests/MoocBot.Core.Tests/Answering/questions.tsv), several hundred questions.</summary>
    DevelopmentSet,
}
