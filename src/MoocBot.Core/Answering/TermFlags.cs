namespace MoocBot.Core.Answering;

/// <summary>What a word or phrase tells about a question.</summary>
[Flags]
internal enum TermFlags : uint
{
    None = 0,

    /// <summary>Carries no topic ("the", "how many", "China").</summary>
    Stop = 1,

    /// <summary>Asks for a count ("how many").</summary>
    Count = 2,

    /// <summary>Asks for a date ("when", "what year").</summary>
    When = 4,

    /// <summary>Asks for a person or organisation ("who").</summary>
    Who = 8,

    /// <summary>Asks for a place or origin ("where").</summary>
    Where = 16,

    /// <summary>Asks for a share ("what percentage").</summary>
    Share = 32,

    /// <summary>Asks about the future ("will", "next year").</summary>
    Future = 64,

    /// <summary>Names a country or provider whose figures the repository does not hold.</summary>
    Foreign = 128,

    /// <summary>Asks for a reason, advice, an opinion or a definition rather than a figure.</summary>
    NotAFigure = 256,

    /// <summary>Names a topic: the term has a concept.</summary>
    Content = 512,

    /// <summary>The word was not recognised (after typo correction).</summary>
    Unknown = 1024,

    /// <summary>A word was read as a near spelling of a known word.</summary>
    Corrected = 2048,

    /// <summary>A light verb ("take"): its concept weighs less.</summary>
    Light = 4096,

    /// <summary>Asks which one ("which platforms"): a name or statement rather than a count.</summary>
    Which = 8192,

    /// <summary>A yes/no question ("were Chinese platforms selected ...?").</summary>
    YesNo = 16384,

    /// <summary>Says the question is about the whole country ("in China").</summary>
    National = 32768,

    /// <summary>Asks for a reason ("why"): never a figure, even when it names one ("why does China rank first?").</summary>
    Reason = 65536,

    /// <summary>Names China without saying the figure is for the whole country ("Chinese universities", "does China have").</summary>
    NamesChina = 131072,

    /// <summary>Asks for a ratio or an average ("per university", "on average"), which no fact holds.</summary>
    Ratio = 262144,
}
