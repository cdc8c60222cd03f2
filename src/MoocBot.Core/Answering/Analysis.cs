using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace MoocBot.Core.Answering;

/// <summary>
/// A text read into concepts, figures and markers, by <see cref="Lexicon.Analyze"/> through an
/// <see cref="AnalysisBuilder"/>. Immutable: a rule that changes the reading (<see cref="Rules.AttributionRule"/>)
/// makes a new one, and the scorer and the rules all read the same.
/// </summary>
internal sealed record Analysis
{
    /// <summary>The longest question analysed; longer texts are not questions.</summary>
    public const int MaxQuestionLength = 600;

    /// <summary>The reading of an empty text.</summary>
    public static Analysis Empty { get; } = new();

    /// <summary>The distinct concepts named, in order of appearance.</summary>
    public ImmutableArray<int> Concepts { get; init; } = [];

    /// <summary>Per concept: 1 when named, 0.5 when only implied, less when read through a typo.</summary>
    public ImmutableArray<float> Multipliers { get; init; } = [];

    /// <summary>Words that are not stop words and were not recognised.</summary>
    public int UnknownCount { get; init; }

    /// <summary>The numbers in the text.</summary>
    public ImmutableArray<LexToken> Figures { get; init; } = [];

    /// <summary>The values of the <see cref="Figures"/> that read as years, in order.</summary>
    public ImmutableArray<int> Years { get; init; } = [];

    public TermFlags Flags { get; init; }

    /// <summary>The first of Count/When/Who/Where/Which met in the text: the question word that leads.</summary>
    public TermFlags LeadingIntent { get; init; }

    /// <summary>The concepts of the noun phrase naming what is counted ("western universities" in "how many western universities use MOOCs").</summary>
    public ImmutableArray<int> Head { get; init; } = [];

    /// <summary>The counted thing is people in general ("how many people ..."), which learners, users and teachers all are.</summary>
    public bool HeadIsPeople { get; init; }

    /// <summary>The noun phrase naming what is counted ends in a plural ("visits"), as a count's does.</summary>
    public bool HeadIsPlural { get; init; }

    /// <summary>The text opens "what is" / "what are": it may ask what something is rather than how many there are.</summary>
    public bool AsksWhatItIs { get; init; }

    /// <summary>The text names a quantity without a count marker ("the numbers", "the figure", "the data").</summary>
    public bool NamesQuantity { get; init; }

    public int ConceptCount => Concepts.Length;

    public int FigureCount => Figures.Length;

    public int HeadCount => Head.Length;

    public bool HasConcept(int concept) => Concepts.AsSpan().Contains(concept);

    /// <summary>Whether the concept is part of what the question counts.</summary>
    public bool IsHead(int concept) => Head.AsSpan().Contains(concept);

    /// <summary>The same reading with the multiplier of every concept <paramref name="scaled"/> picks times <paramref name="factor"/>; this one when it picks none.</summary>
    public Analysis ScaleConcepts(Func<int, bool> scaled, float factor)
    {
        float[]? multipliers = null;
        for (var i = 0; i < Concepts.Length; i++)
        {
            if (scaled(Concepts[i]))
            {
                multipliers ??= [.. Multipliers];
                multipliers[i] *= factor;
            }
        }

        return multipliers is null ? this : this with { Multipliers = ImmutableCollectionsMarshal.AsImmutableArray(multipliers) };
    }

    /// <summary>The same reading without <paramref name="removed"/>'s concepts; this one when it names none of them.</summary>
    public Analysis WithoutConcepts(ReadOnlySpan<int> removed)
    {
        var kept = 0;
        foreach (var concept in Concepts)
        {
            kept += removed.Contains(concept) ? 0 : 1;
        }

        if (kept == Concepts.Length)
        {
            return this;
        }

        var concepts = new int[kept];
        var multipliers = new float[kept];
        for (int i = 0, k = 0; i < Concepts.Length; i++)
        {
            if (!removed.Contains(Concepts[i]))
            {
                concepts[k] = Concepts[i];
                multipliers[k++] = Multipliers[i];
            }
        }

        return this with
        {
            Concepts = ImmutableCollectionsMarshal.AsImmutableArray(concepts),
            Multipliers = ImmutableCollectionsMarshal.AsImmutableArray(multipliers),
        };
    }
}
