using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests.Facts;

public sealed class VocabularyParserTests
{
    [Fact]
    public void Parse_SolrLinesInSections_ReadsPhrasesConceptsAndImpliedConcepts()
    {
        const string Text = """
            # A comment before any section.
            # section synonyms
            # What this list is for.
            course, class, 课程
            online course, 网课 => mooc, course

            # section stop-words
            a, the
            """;

        var vocabulary = VocabularyParser.Parse(Text);

        var synonyms = vocabulary.Lines("synonyms");
        Assert.Equal(2, synonyms.Count);
        Assert.Equal(["course", "class", "课程"], synonyms[0].Phrases);
        Assert.Equal("course", synonyms[0].Concept);
        Assert.Null(synonyms[0].Implied);
        Assert.Equal(["online course", "网课"], synonyms[1].Phrases);
        Assert.Equal("mooc", synonyms[1].Concept);
        Assert.Equal("course", synonyms[1].Implied);
        Assert.Equal(["a", "the"], vocabulary.Phrases("stop-words"));
        Assert.Empty(vocabulary.Lines(VocabularySections.ForeignPlaces));
    }

    [Fact]
    public void Parse_SectionNamedTwice_AddsToTheFirst()
    {
        var vocabulary = VocabularyParser.Parse("# section synonyms\na, b\n# section stop-words\nthe\n# section synonyms\nwebinar => mooc\n");

        Assert.Equal(["a", "b", "webinar"], vocabulary.Phrases("synonyms"));
    }

    [Theory]
    [InlineData("course, class", "line 1: an entry comes before the first '# section NAME' line")]
    [InlineData("# section synonyms\ncourse,, class", "line 2: an empty phrase")]
    [InlineData("# section synonyms\n\ncourse => mooc => x", "line 3: a line has at most one '=>'")]
    [InlineData("# section synonyms\ncourse => a, b, c", "line 2: a mapping names one concept")]
    [InlineData("# section stop words", "line 1: a section name is one word")]
    [InlineData("# section synonym\nwebinar => mooc", "line 1: there is no section 'synonym'; the sections are synonyms, light-verbs")]
    public void Parse_MalformedLine_NamesTheLineAndTheProblem(string text, string expected)
    {
        var error = Assert.Throws<FactRepositoryFormatException>(() => VocabularyParser.Parse(text));

        Assert.Contains("vocabulary.txt, " + expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RealDataFolder_ReadsItsVocabularyFile()
    {
        var repository = FactRepositoryLoader.Load(TestData.FactsPath);

        Assert.Equal(File.ReadAllText(TestData.VocabularyPath), repository.Vocabulary.Text);
        Assert.Contains("synonyms", repository.Vocabulary.SectionNames);
        Assert.Contains("stop-words", repository.Vocabulary.SectionNames);
    }

    [Fact]
    public void Default_IsTheDataFolderVocabulary()
    {
        Assert.Equal(File.ReadAllText(TestData.VocabularyPath).ReplaceLineEndings("\n"), Vocabulary.Default.Text.ReplaceLineEndings("\n"));
    }
}
