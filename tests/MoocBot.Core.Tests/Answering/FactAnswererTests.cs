using MoocBot.Core.Answering;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests.Answering;

public sealed class FactAnswererTests
{
    private static FactAnswerer Answerer => RealRepository.Answerer;

    /// <summary>The cases of fact-answerer-cases.tsv whose answer names a fact.</summary>
    public static TheoryData<string, string, string> AnsweredCases => Cases(answered: true);

    /// <summary>The cases of fact-answerer-cases.tsv where the answerer must find nothing.</summary>
    public static TheoryData<string, string, string> NotFoundCases => Cases(answered: false);

    [Theory]
    [MemberData(nameof(AnsweredCases))]
    public void Answer_CaseOfARule_AnswersWithTheExpectedFactFirst(string rule, string question, string expected)
    {
        Assert.NotEmpty(rule);
        AssertAnswers(question, expected);
    }

    [Theory]
    [MemberData(nameof(NotFoundCases))]
    public void Answer_CaseOfARule_IsNotFound(string rule, string question, string expected)
    {
        Assert.Equal(QuestionSet.NotFound, expected);
        Assert.Equal(AnswerStatus.NotFound, Answerer.Answer(question).Status);
        Assert.NotEmpty(rule);
    }

    [Theory]
    [InlineData("how many courses?", "west.blended-courses", "international.english-courses")]
    [InlineData("how many universities?", "west.universities", "international.credit-universities")]
    [InlineData("what does 14 refer to?", "platform.disciplines", "international.languages")]
    public void Answer_TwoFactsFitEqually_IsAmbiguousWithBothCandidates(string question, string first, string second)
    {
        var answer = Answerer.Answer(question);

        Assert.Equal(AnswerStatus.Ambiguous, answer.Status);
        Assert.Contains(answer.Facts, f => f.Id == first);
        Assert.Contains(answer.Facts, f => f.Id == second);
        Assert.InRange(answer.Confidence, 0, 0.5);
    }

    [Theory]
    [InlineData("how many moocs does india have")]
    [InlineData("How many MOOCs are there in the US?")]
    [InlineData("how many moocs in 2015")]
    [InlineData("how many moocs will there be in 2030")]
    [InlineData("how many students will study moocs next year")]
    [InlineData("how much does a mooc cost")]
    public void Answer_OutOfScopeButNearATopic_IsNotFoundWithSuggestions(string question)
    {
        var answer = Answerer.Answer(question);

        Assert.Equal(AnswerStatus.NotFound, answer.Status);
        Assert.Empty(answer.Facts);
        Assert.Equal(0, answer.Confidence);
        Assert.NotEmpty(answer.Suggestions);
    }

    [Fact]
    public void Answer_AnotherCountry_SuggestsTheNationalFigure()
    {
        var answer = Answerer.Answer("how many moocs does india have");

        Assert.Equal("national.moocs", answer.Suggestions[0].Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("hello")]
    [InlineData("thanks!")]
    [InlineData("asdfgh")]
    [InlineData("🙂🙂🙂")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("what is the weather in beijing")]
    [InlineData("\u0000\u0001\u0002")]
    [InlineData("مرحبا كيف حالك")]
    public void Answer_ChitChatAndNoise_IsNotFound(string question)
    {
        var answer = Answerer.Answer(question);

        Assert.Equal(AnswerStatus.NotFound, answer.Status);
        Assert.Empty(answer.Facts);
    }

    [Fact]
    public void Answer_FiftyKilobytesOfText_IsNotFound()
    {
        var question = string.Concat(Enumerable.Repeat("how many moocs are there in china? ", 1500));

        var answer = Answerer.Answer(question);

        Assert.Equal(AnswerStatus.NotFound, answer.Status);
    }

    [Fact]
    public void Answer_QuestionInMarkup_IsReadThroughTheTags()
    {
        AssertAnswers("<b>how many moocs</b> are there?", "national.moocs");
    }

    [Fact]
    public void Answer_ClearQuestion_IsConfident()
    {
        var answer = Answerer.Answer("how many registered users are there?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.InRange(answer.Confidence, 0.8, 1);
        Assert.Same(answer.Question, answer.Question);
        Assert.Empty(answer.Suggestions);
    }

    [Fact]
    public void Answer_ManyThreadsAtOnce_GiveTheSameAnswers()
    {
        var questions = new[] { "how many moocs", "402 million?", "how many courses", "hello", "when was the platform launched" };
        var expected = questions.Select(q => Answerer.Answer(q)).Select(a => (a.Status, Ids: string.Join(",", a.Facts.Select(f => f.Id)))).ToArray();

        var results = new (AnswerStatus, string)[questions.Length * 200];
        Parallel.For(0, results.Length, i =>
        {
            var answer = Answerer.Answer(questions[i % questions.Length]);
            results[i] = (answer.Status, string.Join(",", answer.Facts.Select(f => f.Id)));
        });

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % questions.Length], results[i]);
        }
    }

    [Fact]
    public void Answer_AnyRepository_IsIndexedFromItsOwnFacts()
    {
        var repository = new FactRepository(
            [],
            [
                NewFact("city.parks", "parks in the city", 120, "parks", ["parks", "green spaces"]),
                NewFact("city.libraries", "public libraries in the city", 14, "libraries", ["libraries"]),
            ],
            "test");
        var answerer = new FactAnswerer(repository);

        Assert.Equal("city.parks", answerer.Answer("how many green spaces are there?").Facts[0].Id);
        Assert.Equal("city.libraries", answerer.Answer("how many librarys").Facts[0].Id);
        Assert.Equal("city.parks", answerer.Answer("what does 120 refer to").Facts[0].Id);
        Assert.Equal(AnswerStatus.NotFound, answerer.Answer("how many museums").Status);
    }

    [Fact]
    public void Answer_TenThousandUnrelatedFacts_StillFindTheRightOne()
    {
        var real = RealRepository.Repository;
        var random = new Random(7);
        var words = Enumerable.Range(0, 3000).Select(i => "zq" + i.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + "word").ToArray();
        string Words(int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => words[random.Next(words.Length)]));
        var facts = real.Facts.Concat(Enumerable.Range(0, 10_000).Select(i =>
            NewFact($"synthetic.{i}", Words(4), 1_000_000 + i, "things", [Words(2), Words(3)]))).ToList();
        var answerer = new FactAnswerer(new FactRepository(real.Articles, facts, "synthetic"));

        Assert.Equal("national.moocs", answerer.Answer("how many moocs are there in china?").Facts[0].Id);
        Assert.Equal("national.registered-users", answerer.Answer("how many regsitered users").Facts[0].Id);
        Assert.Equal("west.universities-share", answerer.Answer("what is 97.3%?").Facts[0].Id);
        Assert.Equal(AnswerStatus.NotFound, answerer.Answer("what's the weather in beijing").Status);
    }

    [Fact]
    public void Search_EmptyQuery_ListsHeadlineFactsFirst()
    {
        var facts = Answerer.Search("", 5);

        Assert.Equal(5, facts.Count);
        Assert.Equal("national.moocs", facts[0].Id);
    }

    [Theory]
    [InlineData("regis", "national.registered-users")]
    [InlineData("registered us", "national.registered-users")]
    [InlineData("virtual", "platform.virtual-experiments")]
    [InlineData("483", "national.registered-users")]
    [InlineData("langu", "international.languages")]
    [InlineData("west teach", "west.teachers-trained")]
    public void Search_PartialText_PutsTheBestMatchFirst(string query, string expected)
    {
        var facts = Answerer.Search(query, 5);

        Assert.NotEmpty(facts);
        Assert.Equal(expected, facts[0].Id);
    }

    [Theory]
    [InlineData("how many")]
    [InlineData("when")]
    public void Search_OnlyQuestionWords_ListsHeadlineFacts(string query)
    {
        Assert.Equal("national.moocs", Answerer.Search(query, 3)[0].Id);
    }

    [Fact]
    public void Search_RespectsMax()
    {
        Assert.Empty(Answerer.Search("moocs", 0));
        Assert.Equal(2, Answerer.Search("moocs", 2).Count);
        Assert.Empty(Answerer.Search("qqqqqqqq", 5));
    }

    [Fact]
    public void Related_Fact_StartsWithItsSentenceThenItsTopic()
    {
        var moocs = RealRepository.Repository.FindFact("national.moocs")!;

        var related = Answerer.Related(moocs, 4);

        Assert.Equal(4, related.Count);
        Assert.DoesNotContain(moocs, related);
        Assert.Equal(["national.registered-users", "national.learners"], related.Take(2).Select(f => f.Id).ToArray());
        Assert.All(related.Take(4), f => Assert.Equal("national", f.Topic));
    }

    [Fact]
    public void Related_UnknownFactOrNoRoom_IsEmpty()
    {
        var stranger = NewFact("elsewhere.x", "something", 1, "things", []);

        Assert.Empty(Answerer.Related(stranger, 3));
        Assert.Empty(Answerer.Related(RealRepository.Repository.Facts[0], 0));
    }

    private static TheoryData<string, string, string> Cases(bool answered)
    {
        var cases = new TheoryData<string, string, string>();
        foreach (var (rule, question, expected) in CaseTable.Read(QuestionSet.PathOf("fact-answerer-cases.tsv"), 3)
            .Select(parts => (parts[0], parts[1], parts[2]))
            .Where(c => (c.Item3 != QuestionSet.NotFound) == answered))
        {
            cases.Add(rule, question, expected);
        }

        return cases;
    }

    /// <summary>The question is answered, and by the expected fact first.</summary>
    private static void AssertAnswers(string question, string expectedFactId)
    {
        var answer = Answerer.Answer(question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(expectedFactId, answer.Facts[0].Id);
    }

    private static Fact NewFact(string id, string counts, decimal value, string unit, string[] aliases) => new()
    {
        Id = id,
        Topic = id.Split('.')[0],
        Counts = counts,
        Value = value,
        Unit = unit,
        Display = value.ToString(System.Globalization.CultureInfo.InvariantCulture),
        AsOf = "2022-11",
        Evidence = new ArticleQuote("none", counts + "."),
        Aliases = aliases,
    };
}
