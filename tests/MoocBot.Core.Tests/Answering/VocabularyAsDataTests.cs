using MoocBot.Core.Answering;
using MoocBot.Core.Facts;
using MoocBot.Core.Tests.Facts;

namespace MoocBot.Core.Tests.Answering;

/// <summary>A new synonym or foreign place is a change to <c>data/vocabulary.txt</c>, with no code edited.</summary>
public sealed class VocabularyAsDataTests
{
    [Fact]
    public void Answer_SynonymLineAddedToACopyOfTheData_AnswersAQuestionUsingIt()
    {
        var (before, after) = AnswerBeforeAndAfter("How many webinars are there in China?", "synonyms", "webinar => mooc, course");

        Assert.Equal(AnswerStatus.NotFound, before.Status);
        Assert.Equal(AnswerStatus.Answered, after.Status);
        Assert.Equal("national.moocs", after.Facts[0].Id);
    }

    [Fact]
    public void Answer_ForeignPlaceAddedToACopyOfTheData_IsRefusedAsAnotherCountry()
    {
        var (before, after) = AnswerBeforeAndAfter("How many MOOCs does Atlantis have?", "foreign-places", "atlantis");

        Assert.NotEqual(NotFoundReason.OtherCountry, before.Reason);
        Assert.Equal(AnswerStatus.NotFound, after.Status);
        Assert.Equal(NotFoundReason.OtherCountry, after.Reason);
    }

    /// <summary>The answer over a copy of the real data, then over the copy with one line added at the top of a section.</summary>
    private static (Answer Before, Answer After) AnswerBeforeAndAfter(string question, string section, string line)
    {
        using var files = FactsFolder.Create();
        var before = new FactAnswerer(FactRepositoryLoader.Load(files.FactsPath)).Answer(question);
        var header = "# section " + section + "\n";

        files.Edit(VocabularyParser.FileName, header, header + line + "\n");

        return (before, new FactAnswerer(FactRepositoryLoader.Load(files.FactsPath)).Answer(question));
    }
}
