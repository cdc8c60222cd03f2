using MoocBot.Core.Answering;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests.Answering;

public sealed class FactAnswererTests
{
    private static FactAnswerer Answerer => RealRepository.Answerer;

    [Theory]
    [InlineData("what does 979m refer to?")]
    [InlineData("what does 979 million refer to?")]
    [InlineData("what does 979,000,000 refer to?")]
    [InlineData("9.79亿是什么")]
    [InlineData("ＷＨＡＴ ＩＳ ９７９ ＭＩＬＬＩＯＮ？")]
    public void Answer_FigureQuotedInAnyNotation_FindsTheFactWithThatValue(string question)
    {
        var answer = Answerer.Answer(question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal("national.learners", answer.Facts[0].Id);
    }

    [Theory]
    [InlineData("what does 402 million refer to?", "national.registered-users")]
    [InlineData("what is 97.3%?", "west.universities-share")]
    [InlineData("29.2bn?", "platform.visits")]
    [InlineData("what are the 1.714 million", "west.teachers-trained")]
    [InlineData("3,272,400", "west.blended-courses")]
    [InlineData("what happened in 2020", "international.alliance-founded")]
    public void Answer_QuotedFigure_MapsToItsFact(string question, string expected)
    {
        var answer = Answerer.Answer(question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(expected, answer.Facts[0].Id);
    }

    [Theory]
    [InlineData("2022年11月慕课数量", "national.moocs")]
    [InlineData("截至2022年11月，注册用户有多少？", "national.registered-users")]
    [InlineData("中國慕課世界排名第幾", "national.world-ranking")]
    [InlineData("西部有多少所高校用慕课教学", "west.universities")]
    public void Answer_ChineseDateOrScriptOrNoPlural_FindsTheFact(string question, string expected)
    {
        var answer = Answerer.Answer(question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(expected, answer.Facts[0].Id);
    }

    [Theory]
    [InlineData("how many regsitered users", "national.registered-users")]
    [InlineData("how many univercities in the west use moocs", "west.universities")]
    [InlineData("how many langauges", "international.languages")]
    [InlineData("how many teching materials", "platform.teaching-materials")]
    [InlineData("moocs", "national.moocs")]
    [InlineData("MOOC", "national.moocs")]
    public void Answer_TyposAndPlurals_AreTolerated(string question, string expected)
    {
        var answer = Answerer.Answer(question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(expected, answer.Facts[0].Id);
    }

    [Theory]
    [InlineData("how many students are there", "national.learners")]
    [InlineData("how many learners", "national.learners")]
    [InlineData("how many people are studying moocs", "national.learners")]
    [InlineData("how many enrolments", "national.learners")]
    [InlineData("how many sign-ups", "national.registered-users")]
    [InlineData("how many accounts", "national.registered-users")]
    [InlineData("how many instructors were trained in western china", "west.teachers-trained")]
    [InlineData("how many colleges in the western region use moocs", "west.universities")]
    [InlineData("how many page views", "platform.visits")]
    [InlineData("how many massive open online courses are there", "national.moocs")]
    public void Answer_Synonyms_MeetTheFact(string question, string expected)
    {
        var answer = Answerer.Answer(question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(expected, answer.Facts[0].Id);
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

    [Theory]
    [InlineData("how many moocs does the us have")]
    [InlineData("how many moocs are there in the world")]
    [InlineData("total moocs worldwide")]
    [InlineData("how many people are in china")]
    [InlineData("how many universities does china have")]
    [InlineData("how many teachers in china")]
    [InlineData("what percentage of universities in china use moocs")]
    [InlineData("what is a mooc")]
    [InlineData("what is blended teaching")]
    [InlineData("why does china rank first")]
    [InlineData("how are moocs made")]
    [InlineData("what do you think about moocs")]
    [InlineData("is love course better than xuetangx")]
    [InlineData("how much did china spend on moocs")]
    [InlineData("how many moocs per university")]
    [InlineData("how many countries are there in the world")]
    [InlineData("what is the smart education platform")]
    [InlineData("what is a platform visit")]
    public void Answer_FigureTheQuestionDidNotAskFor_IsNotFound(string question)
    {
        var answer = Answerer.Answer(question);

        Assert.Equal(AnswerStatus.NotFound, answer.Status);
    }

    [Theory]
    [InlineData("is china first in the world for moocs", "national.world-ranking")]
    [InlineData("how does china rank in moocs", "national.world-ranking")]
    [InlineData("how many universities in western china use moocs", "west.universities")]
    [InlineData("which chinese platforms were selected by unesco", "international.unesco-selection")]
    [InlineData("how many languages do chinese moocs come in", "international.languages")]
    [InlineData("how many students in the west took part", "west.learning-participations")]
    [InlineData("what is xuetangx", "international.unesco-selection")]
    [InlineData("what's the mooc count", "national.moocs")]
    [InlineData("@MoocBot how many moocs?", "national.moocs")]
    public void Answer_ScopeOrQuestionWordThatFits_StillAnswers(string question, string expected)
    {
        var answer = Answerer.Answer(question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(expected, answer.Facts[0].Id);
    }

    [Theory]
    [InlineData("how many countries recognise credits with china", "international.credit-countries")]
    [InlineData("how many countries recognize chinese mooc credits", "international.credit-countries")]
    [InlineData("how many mooc students are there", "national.learners")]
    [InlineData("what are the platform visits", "platform.visits")]
    [InlineData("what are the visits to the platform", "platform.visits")]
    [InlineData("what are the registered users", "national.registered-users")]
    [InlineData("how many countries worldwide use the platform", "platform.countries")]
    [InlineData("how many countries around the world use the platform", "platform.countries")]
    [InlineData("how many countries in the world recognise chinese credits", "international.credit-countries")]
    public void Answer_QuestionNamingWhatAFactCounts_AnswersThatFact(string question, string expected)
    {
        var answer = Answerer.Answer(question);

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal(expected, answer.Facts[0].Id);
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
        var answer = Answerer.Answer("<b>how many moocs</b> are there?");

        Assert.Equal(AnswerStatus.Answered, answer.Status);
        Assert.Equal("national.moocs", answer.Facts[0].Id);
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
