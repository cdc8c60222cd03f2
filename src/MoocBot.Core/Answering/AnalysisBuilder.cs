using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace MoocBot.Core.Answering;

/// <summary>
/// The working memory <see cref="Lexicon.Analyze"/> reads a text with, ending in one immutable <see cref="Analysis"/>
/// (<see cref="Build"/>). One instance per thread is reused from text to text; nothing outside the lexicon reads it
/// but the folded text.
/// </summary>
internal sealed class AnalysisBuilder
{
    public AnalysisBuilder(int capacity = Analysis.MaxQuestionLength)
    {
        Capacity = capacity;
        var tokens = Math.Max(16, capacity / 2);
        Folded = new char[capacity * TextFolder.MaxExpansion];
        Tokens = new LexToken[tokens];
        StemIds = new int[tokens];
        Corrected = new bool[tokens];
        Concepts = new int[tokens * 2];
        Multipliers = new float[tokens * 2];
        Figures = new LexToken[tokens];
        Head = new int[tokens];
    }

    /// <summary>The most characters read; the rest of a longer text is ignored.</summary>
    public int Capacity { get; }

    public char[] Folded { get; }

    public LexToken[] Tokens { get; }

    /// <summary>Per token: its stem id, or -1 when the word is unknown (and not a near spelling of a known one).</summary>
    public int[] StemIds { get; }

    /// <summary>Per token: whether its stem came from typo correction.</summary>
    public bool[] Corrected { get; }

    /// <summary>The distinct concepts named, in order of appearance.</summary>
    public int[] Concepts { get; }

    /// <summary>Per concept: 1 when named, 0.5 when only implied, less when read through a typo.</summary>
    public float[] Multipliers { get; }

    public int ConceptCount { get; set; }

    /// <summary>Words that are not stop words and were not recognised.</summary>
    public int UnknownCount { get; set; }

    /// <summary>The numbers in the text.</summary>
    public LexToken[] Figures { get; }

    public int FigureCount { get; set; }

    public TermFlags Flags { get; set; }

    /// <summary>The concepts of the noun phrase naming what is counted ("western universities" in "how many western universities use MOOCs").</summary>
    public int[] Head { get; }

    public int HeadCount { get; set; }

    /// <summary>The counted thing is people in general ("how many people ..."), which learners, users and teachers all are.</summary>
    public bool HeadIsPeople { get; set; }

    /// <summary>The noun phrase naming what is counted ends in a plural ("visits"), as a count's does.</summary>
    public bool HeadIsPlural { get; set; }

    /// <summary>1: reading the phrase; 2: read.</summary>
    public int HeadState { get; set; }

    /// <summary>The head was restarted after a count marker ("how many").</summary>
    public bool HeadAfterCount { get; set; }

    /// <summary>The text opens "what is" / "what are": it may ask what something is rather than how many there are.</summary>
    public bool AsksWhatItIs { get; set; }

    /// <summary>The text names a quantity without a count marker ("the numbers", "the figure", "the data").</summary>
    public bool NamesQuantity { get; set; }

    /// <summary>The first of Count/When/Who/Where/Which met in the text: the question word that leads.</summary>
    public TermFlags LeadingIntent { get; set; }

    public void Reset()
    {
        ConceptCount = 0;
        UnknownCount = 0;
        FigureCount = 0;
        Flags = TermFlags.None;
        LeadingIntent = TermFlags.None;
        HeadCount = 0;
        HeadIsPeople = false;
        HeadIsPlural = false;
        HeadState = 0;
        HeadAfterCount = false;
        AsksWhatItIs = false;
        NamesQuantity = false;
    }

    public void AddHead(int concept)
    {
        if (HeadCount < Head.Length && Array.IndexOf(Head, concept, 0, HeadCount) < 0)
        {
            Head[HeadCount++] = concept;
        }
    }

    public void AddConcept(int concept, float multiplier)
    {
        for (var i = 0; i < ConceptCount; i++)
        {
            if (Concepts[i] == concept)
            {
                Multipliers[i] = Math.Max(Multipliers[i], multiplier);
                return;
            }
        }

        if (ConceptCount < Concepts.Length)
        {
            Concepts[ConceptCount] = concept;
            Multipliers[ConceptCount] = multiplier;
            ConceptCount++;
        }
    }

    public bool HasConcept(int concept) => Array.IndexOf(Concepts, concept, 0, ConceptCount) >= 0;

    public void ScaleConcept(int concept, float factor)
    {
        for (var i = 0; i < ConceptCount; i++)
        {
            if (Concepts[i] == concept)
            {
                Multipliers[i] *= factor;
                return;
            }
        }
    }

    public void AddFigure(LexToken token)
    {
        if (FigureCount < Figures.Length)
        {
            Figures[FigureCount++] = token;
        }
    }

    public void AddFlags(TermFlags flags)
    {
        Flags |= flags;
        const TermFlags Leading = TermFlags.Count | TermFlags.When | TermFlags.Who | TermFlags.Where | TermFlags.Which;
        if (LeadingIntent == TermFlags.None && (flags & Leading) != 0)
        {
            LeadingIntent = flags & Leading;
        }
    }

    /// <summary>What was read, as one immutable <see cref="Analysis"/>.</summary>
    public Analysis Build()
    {
        var years = 0;
        for (var i = 0; i < FigureCount; i++)
        {
            years += Figures[i].IsYearLike ? 1 : 0;
        }

        int[] yearValues = years == 0 ? [] : new int[years];
        for (int i = 0, y = 0; y < years; i++)
        {
            if (Figures[i].IsYearLike)
            {
                yearValues[y++] = (int)Figures[i].Value;
            }
        }

        return new Analysis
        {
            Concepts = ImmutableArray.Create(Concepts, 0, ConceptCount),
            Multipliers = ImmutableArray.Create(Multipliers, 0, ConceptCount),
            UnknownCount = UnknownCount,
            Figures = ImmutableArray.Create(Figures, 0, FigureCount),
            Years = ImmutableCollectionsMarshal.AsImmutableArray(yearValues),
            Flags = Flags,
            LeadingIntent = LeadingIntent,
            Head = ImmutableArray.Create(Head, 0, HeadCount),
            HeadIsPeople = HeadIsPeople,
            HeadIsPlural = HeadIsPlural,
            AsksWhatItIs = AsksWhatItIs,
            NamesQuantity = NamesQuantity,
        };
    }
}
