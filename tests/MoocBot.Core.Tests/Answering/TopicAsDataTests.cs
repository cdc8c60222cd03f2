using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using MoocBot.Core.Answering;
using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;
using MoocBot.Core.Tests.Facts;

namespace MoocBot.Core.Tests.Answering;

/// <summary>
/// A new topic is a data change: a copy of <c>data/</c> with a made-up "vocational" topic (its measure and report in
/// facts.json, its words and places in vocabulary.txt) is answered, listed by /topics, reached by a follow-up naming
/// its place, shown by /stats once marked the headline, and explained, with no code edited.
/// </summary>
public sealed class TopicAsDataTests : IDisposable
{
    private const string Question = "How many MOOCs do polytechnics offer?";

    private readonly FactsFolder _files = FactsFolder.Create();

    [Fact]
    public void Answer_QuestionInTheNewTopicsWords_IsAnsweredWithItsMeasureAndTheOthersStillAnswerAsBefore()
    {
        var before = new FactAnswerer(FactRepositoryLoader.Load(_files.FactsPath)).Answer(Question);
        var repository = AddVocationalTopic();
        var answerer = new FactAnswerer(repository);

        var after = answerer.Answer(Question);
        var chinese = answerer.Answer("职业教育慕课有多少门？");

        Assert.Empty(FactChecker.Check(repository));
        Assert.DoesNotContain(before.Facts, f => f.Id == "vocational.moocs");
        Assert.Equal(AnswerStatus.Answered, after.Status);
        Assert.Equal("vocational.moocs", after.Facts[0].Id);
        Assert.Equal("10,500", after.Facts[0].Display);
        Assert.Equal(AnswerStatus.Answered, chinese.Status);
        Assert.Equal("vocational.moocs", chinese.Facts[0].Id);
        Assert.Equal("national.moocs", answerer.Answer("How many MOOCs are there in China?").Facts[0].Id);
    }

    [Fact]
    public void Explain_QuestionInTheNewTopic_EndsInItsMeasure()
    {
        var answerer = new FactAnswerer(AddVocationalTopic());

        var trace = answerer.Explain(Question).Trace;

        Assert.Contains("vocational.moocs score=", trace, StringComparison.Ordinal);
        Assert.EndsWith("answer: " + Explanation.Describe(answerer.Answer(Question)), trace, StringComparison.Ordinal);
        Assert.Contains("vocational.moocs", trace.Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Topics_NewTopicInTheData_IsListedAndOpensWithItsFigure()
    {
        var router = RouterOver(AddVocationalTopic());

        var all = (await router.HandleAsync(RouterMessage("/topics"), CancellationToken.None))!.ToPlainText();
        var one = (await router.HandleAsync(RouterMessage("/topics vocational"), CancellationToken.None))!.ToPlainText();

        Assert.Contains("vocational — MOOCs for vocational colleges", all, StringComparison.Ordinal);
        Assert.Contains("10,500 — MOOCs for vocational colleges", one, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("How many MOOCs are there in China?", "and for polytechnics?")]
    [InlineData("中国有多少门慕课？", "那职业院校呢？")]
    public async Task FollowUp_NamingTheNewTopicsPlace_MovesToItsFigure(string question, string followUp)
    {
        var before = await AskInTurnAsync(RouterOver(FactRepositoryLoader.Load(_files.FactsPath)), question, followUp);
        var router = RouterOver(AddVocationalTopic());

        var after = await AskInTurnAsync(router, question, followUp);

        Assert.DoesNotContain("10,500", before, StringComparison.Ordinal);
        Assert.DoesNotContain("1.05万", before, StringComparison.Ordinal);
        Assert.True(after.Contains("10,500", StringComparison.Ordinal) || after.Contains("1.05万", StringComparison.Ordinal), after);
    }

    [Fact]
    public async Task FollowUp_OtherRegionWithTheNewTopic_ListsItAmongThePlacesIKnow()
    {
        var router = RouterOver(AddVocationalTopic());

        var reply = await AskInTurnAsync(router, "How many MOOCs are there in China?", "and in the east?");

        Assert.Contains("MOOCs for vocational colleges", reply, StringComparison.Ordinal);
        Assert.DoesNotContain("who reported the figures", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stats_HeadlineMarkMovedToTheNewTopicInTheData_ListsItsFiguresInstead()
    {
        var repository = AddVocationalTopic();
        var national = await RouterOver(repository).HandleAsync(RouterMessage("/stats"), CancellationToken.None);
        var document = JsonNode.Parse(_files.Read("facts.json"))!.AsObject();
        foreach (var topic in document["topics"]!.AsArray())
        {
            topic!.AsObject().Remove("headline");
        }

        document["topics"]!.AsArray()[^1]!["headline"] = true;
        _files.Write("facts.json", document.ToJsonString());

        var vocational = await RouterOver(FactRepositoryLoader.Load(_files.FactsPath)).HandleAsync(RouterMessage("/stats"), CancellationToken.None);

        Assert.Contains(RealRepository.Repository.FindFact("national.moocs")!.Display, national!.ToPlainText(), StringComparison.Ordinal);
        Assert.DoesNotContain("10,500", national.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains("10,500", vocational!.ToPlainText(), StringComparison.Ordinal);
        Assert.DoesNotContain(RealRepository.Repository.FindFact("national.moocs")!.Display, vocational.ToPlainText(), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PlaceLeadingToNoTopic_IsAProblem()
    {
        _files.Edit(VocabularyParser.FileName, "# section places\n", "# section places\npolytechnic => vocational\n");

        var problems = FactChecker.Check(FactRepositoryLoader.Load(_files.FactsPath));

        Assert.Contains(problems, p => p.Message.Contains("topic 'vocational', which is not one of the repository's topics", StringComparison.Ordinal));
    }

    public void Dispose() => _files.Dispose();

    private static ConversationRouter RouterOver(FactRepository repository) =>
        CoreServices.Over(repository).GetRequiredService<ConversationRouter>();

    /// <summary>Asks the question, then the follow-up, in one chat; returns the follow-up's reply.</summary>
    private static async Task<string> AskInTurnAsync(ConversationRouter router, string question, string followUp)
    {
        await router.HandleAsync(RouterMessage(question), CancellationToken.None);
        return (await router.HandleAsync(RouterMessage(followUp), CancellationToken.None))!.ToPlainText();
    }

    private static ChatMessage RouterMessage(string text) => new("console", "chat-1", "user-1", text, IsGroup: false, MentionsBot: false);

    /// <summary>Adds the topic, a made-up test report and one measure to the copy's facts.json, and the topic's words to its vocabulary.</summary>
    private FactRepository AddVocationalTopic()
    {
        var document = JsonNode.Parse(_files.Read("facts.json"))!.AsObject();
        document["topics"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "vocational",
            ["label"] = "Vocational",
            ["description"] = "MOOCs for vocational colleges",
        });
        document["reports"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "test-gazette-2025-07-01",
            ["publisher"] = "MoocBot Test Gazette",
            ["published"] = "2025-07-01",
            ["url"] = null,
        });
        document["measures"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "vocational.moocs",
            ["topic"] = "vocational",
            ["label"] = "MOOCs for vocational colleges",
            ["counts"] = "MOOCs for vocational colleges",
            ["unit"] = "courses",
            ["aliases"] = new JsonArray("vocational moocs", "moocs for vocational education", "职业教育慕课"),
            ["labelZh"] = "职业教育慕课",
            ["countsZh"] = "面向职业院校的慕课数量",
            ["observations"] = new JsonArray(new JsonObject
            {
                ["value"] = 10500,
                ["qualifier"] = "exact",
                ["display"] = "10,500",
                ["asOf"] = "2025-06",
                ["report"] = "test-gazette-2025-07-01",
                ["statement"] = "A made-up count for tests: 10,500 MOOCs for vocational colleges as of June 2025.",
            }),
        });
        _files.Write("facts.json", document.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        _files.Edit(VocabularyParser.FileName, "# section synonyms\n", "# section synonyms\nvocational, polytechnic, vocational college, 职业教育, 高职\n");
        _files.Edit(VocabularyParser.FileName, "# section scope-concepts\n", "# section scope-concepts\nvocational\n");
        _files.Edit(VocabularyParser.FileName, "# section places\n", "# section places\npolytechnic, vocational college, 职业院校, 高职 => vocational\n");
        return FactRepositoryLoader.Load(_files.FactsPath);
    }
}
