using Microsoft.Extensions.DependencyInjection;
using MoocBot.Core.Answering;
using MoocBot.Core.Conversations;
using MoocBot.Core.Conversations.FollowUps;
using MoocBot.Core.Facts;
using MoocBot.Core.Tests.Facts;

namespace MoocBot.Core.Tests.Answering;

/// <summary>A new synonym, foreign place or follow-up place is a change to <c>data/vocabulary.txt</c>, with no code edited.</summary>
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

    [Theory]
    [InlineData("and in xinjiang?")]
    [InlineData("那新疆呢？")]
    public async Task FollowUp_PlaceAddedToACopyOfTheData_MovesToItsTopic(string followUp)
    {
        using var files = FactsFolder.Create();
        var before = await FollowUpAsync(FactRepositoryLoader.Load(files.FactsPath), followUp);

        files.Edit(VocabularyParser.FileName, "# section places\n", "# section places\nxinjiang, 新疆 => west\n");
        var after = await FollowUpAsync(FactRepositoryLoader.Load(files.FactsPath), followUp);

        Assert.DoesNotContain(before.Answer.Facts, f => f.Topic == "west");
        Assert.Equal(AnswerStatus.Answered, after.Answer.Status);
        Assert.Equal("west.course-services", after.Answer.Facts[0].Id);
    }

    /// <summary>The turn <paramref name="followUp"/> makes after "how many MOOCs does China have?" in one chat.</summary>
    private static async Task<ConversationTurn> FollowUpAsync(FactRepository repository, string followUp)
    {
        var answerer = CoreServices.Over(repository).GetRequiredService<FollowUpAnswerer>();
        var message = new ChatMessage("console", "chat-1", "user-1", followUp, IsGroup: false, MentionsBot: false);
        await answerer.AnswerAsync(message with { Text = "how many MOOCs does China have?" }, "how many MOOCs does China have?", CancellationToken.None);
        return await answerer.AnswerAsync(message, followUp, CancellationToken.None);
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
