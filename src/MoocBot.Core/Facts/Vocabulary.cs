using System.Collections.Frozen;

namespace MoocBot.Core.Facts;

/// <summary>
/// The words the answerer knows besides those of the facts: synonyms, stop words, the words that mark what a
/// question asks for, and the concepts with a role (scope, people), in named sections. Read from
/// <c>data/vocabulary.txt</c> (Solr synonym format) by <see cref="VocabularyParser"/>; part of the fact repository.
/// </summary>
public sealed class Vocabulary
{
    /// <summary>The name of the embedded copy of <c>data/vocabulary.txt</c>.</summary>
    private const string DefaultResource = "MoocBot.Core.Facts.vocabulary.txt";

    private static readonly Lazy<Vocabulary> LazyDefault = new(LoadDefault);

    private readonly FrozenDictionary<string, IReadOnlyList<VocabularyLine>> _sections;

    /// <summary>Creates a vocabulary from its sections and the text they were read from.</summary>
    public Vocabulary(IReadOnlyDictionary<string, IReadOnlyList<VocabularyLine>> sections, string text)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(text);
        _sections = sections.ToFrozenDictionary(StringComparer.Ordinal);
        Text = text;
    }

    /// <summary>
    /// The vocabulary built into the program (the <c>data/vocabulary.txt</c> it was built with): used by a repository
    /// whose folder holds no vocabulary file, and by repositories built in code.
    /// </summary>
    public static Vocabulary Default => LazyDefault.Value;

    /// <summary>The text the vocabulary was read from; it counts in the repository's version.</summary>
    public string Text { get; }

    /// <summary>The names of the sections the file holds.</summary>
    public IEnumerable<string> SectionNames => _sections.Keys;

    /// <summary>The lines of a section, in file order; none when the file has no such section.</summary>
    public IReadOnlyList<VocabularyLine> Lines(string section) => _sections.GetValueOrDefault(section) ?? [];

    /// <summary>Every phrase of a section, in file order.</summary>
    public IEnumerable<string> Phrases(string section) => Lines(section).SelectMany(line => line.Phrases);

    private static Vocabulary LoadDefault()
    {
        using var stream = typeof(Vocabulary).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"The built-in vocabulary ({DefaultResource}) is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return VocabularyParser.Parse(reader.ReadToEnd(), "the built-in vocabulary.txt");
    }
}
