namespace MoocBot.Core.Answering;

/// <summary>What a word or phrase means to the answerer.</summary>
/// <param name="Concept">The concept it names, or -1.</param>
/// <param name="Implied">A broader concept it implies at half weight ("MOOC" implies "course"), or -1.</param>
/// <param name="Flags">Stop word, intent and scope markers.</param>
internal readonly record struct Term(int Concept, int Implied, TermFlags Flags)
{
    public static Term Stop { get; } = new(-1, -1, TermFlags.Stop);

    public Term Merge(Term other) => new(
        Concept >= 0 ? Concept : other.Concept,
        Implied >= 0 ? Implied : other.Implied,
        Flags | other.Flags);
}
