using MoocBot.Core.Answering;
using MoocBot.Core.Facts;
using MoocBot.Core.Tests.Facts;

namespace MoocBot.Core.Tests.Answering;

/// <summary>A new synonym is a change to <c>data/vocabulary.txt</c>, with no code edited.</summary>
public sealed class VocabularyAsDataTests
{
    private const string Question = "How many webinars are there in China?";

    [Fact]
    public void Answer_SynonymLineAddedToACopyOfTheData_AnswersAQuestionUsingIt()
    {
        using var files = FactsFolder.Create();
        var before = new FactAnswerer(FactRepositoryLoader.Load(files.FactsPath)).Answer(Question);

        files.Edit(VocabularyParser.FileName, "# section synonyms\n", "# section synonyms\nwebinar => mooc, course\n");
        var after = new FactAnswerer(FactRepositoryLoader.Load(files.FactsPath)).Answer(Question);

        Assert.Equal(AnswerStatus.NotFound, before.Status);
        Assert.Equal(AnswerStatus.Answered, after.Status);
        Assert.Equal("national.moocs", after.Facts[0].Id);
    }

    [Fact]
    public void Answer_ForeignPlaceAddedToACopyOfTheData_IsRefusedAsAnotherCountry()
    {
        const string Other = "How many MOOCs does Atlantis have?";
        using var files = FactsFolder.Create();
        var before = new FactAnswerer(FactRepositoryLoader.Load(files.FactsPath)).Answer(Other);

        files.Edit(VocabularyParser.FileName, "# section foreign-places\n", "# section foreign-places\natlantis\n");
        var after = new FactAnswerer(FactRepositoryLoader.Load(files.FactsPath)).Answer(Other);

        Assert.NotEqual(NotFoundReason.OtherCountry, before.Reason);
        Assert.Equal(AnswerStatus.NotFound, after.Status);
        Assert.Equal(NotFoundReason.OtherCountry, after.Reason);
    }
}
