namespace MoocBot.Core.Answering.Rules;

/// <summary>
/// One question as the rules see it while it is evaluated: its text, its reading, and the scored facts. One instance
/// per thread is reused with its <see cref="ScoringScratch"/>, so evaluating a question allocates nothing for it.
/// </summary>
internal sealed class Evaluation(ScoringScratch scratch)
{
    /// <summary>The question as asked (capitals kept).</summary>
    public string Question { get; private set; } = string.Empty;

    /// <summary>The scoring memory: the best facts once scored.</summary>
    public ScoringScratch Scratch { get; } = scratch;

    /// <summary>The reading of the question's words (its time phrases rewritten); a rule on the reading may replace it with a changed copy.</summary>
    public Analysis Analysis { get; set; } = Analysis.Empty;

    /// <summary>The markers read, with those a rule adds (a capital "US" is another country).</summary>
    public TermFlags Flags { get; set; }

    /// <summary>What the question asks for: a count, a share, a date, a person, a place, which one; or none.</summary>
    public TermFlags Intent { get; set; }

    /// <summary>Whether a figure the question quotes matched a fact's.</summary>
    public bool MatchedFigure { get; set; }

    /// <summary>Whether the question asks for a figure (a quoted one, a count, a share, a date, a rank).</summary>
    public bool AsksForFigure { get; set; }

    /// <summary>Starts the evaluation of another question.</summary>
    public Evaluation Start(string question)
    {
        Question = question;
        Analysis = Analysis.Empty;
        Flags = TermFlags.None;
        Intent = TermFlags.None;
        MatchedFigure = false;
        AsksForFigure = false;
        return this;
    }
}
