using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests.Facts;

public sealed class FactCheckerTests
{
    private const string ArticleId = "news";

    private const string Body = """
        Online courses keep growing

        As of November 2022, the platform had 62,000 courses and nearly 500 million learners. It ranked first in the world.
        In the west, 97.3% of universities use them, the ministry said on January 2.
        """;

    private static readonly FactSpec Courses = new("national.courses", "national", 62000m, "courses", "exact", "62,000",
        "As of November 2022, the platform had 62,000 courses and nearly 500 million learners.", Aliases: ["how many courses"]);

    private static readonly FactSpec Learners = new("national.learners", "national", 500_000_000m, "people", "nearly", "nearly 500 million",
        "As of November 2022, the platform had 62,000 courses and nearly 500 million learners.", Aliases: ["learners"]);

    private static readonly FactSpec Ranking = new("national.ranking", "national", 1m, "rank", "exact", "first in the world",
        "It ranked first in the world.", Aliases: ["world ranking"]);

    private static readonly FactSpec Share = new("west.share", "west", 97.3m, "%", "exact", "97.3%",
        "In the west, 97.3% of universities use them", Aliases: ["share of universities"]);

    private static readonly FactSpec Ministry = new("source.ministry", "source", null, "statement", "exact", "the ministry",
        "the ministry said", AsOf: "2023-01-02", Aliases: ["who said it"]);

    private static readonly FactSpec[] SoundFacts = [Courses, Learners, Ranking, Share, Ministry];

    [Fact]
    public void Check_RealRepository_HasNoProblems()
    {
        var repository = FactRepositoryLoader.Load(TestData.FactsPath);

        var problems = FactChecker.Check(repository);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Check_RealRepositoryWithAWrongValue_NamesTheFactAndBothNumbers()
    {
        var json = File.ReadAllText(TestData.FactsPath).Replace("\"value\": 979000000", "\"value\": 978000000", StringComparison.Ordinal);
        var repository = FactRepositoryLoader.Parse(json, path => File.ReadAllText(Path.Combine(TestData.DataFolder, path)));

        var problems = FactChecker.Check(repository);

        Assert.Contains(problems, p => p.FactId == "national.learners"
            && p.Message == "Fact 'national.learners' as of 2022-11: its display '979 million' reads as 979000000, but its value is 978000000.");
        Assert.Contains(problems, p => p.FactId is null && p.Message.Contains("the number '979 million' (979000000) is not the value of any fact", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_SoundRepository_HasNoProblems()
    {
        var problems = Check(SoundFacts);

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Check_DuplicateId_NamesTheId()
    {
        var problem = Assert.Single(Check([.. SoundFacts, Courses with { Aliases = ["course count"] }]));

        Assert.Equal("national.courses", problem.FactId);
        Assert.Contains("'national.courses' appears 2 times", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("National.Courses")]
    [InlineData("national")]
    [InlineData("national.courses.total")]
    [InlineData("national.courses count")]
    [InlineData("national.-courses")]
    public void Check_MalformedId_SaysWhatAnIdLooksLike(string id)
    {
        var problems = Check([.. SoundFacts.Skip(1), Courses with { Id = id }]);

        var problem = Assert.Single(problems, p => p.Message.Contains("lowercase 'topic.name'", StringComparison.Ordinal));
        Assert.Equal(id, problem.FactId);
        Assert.StartsWith($"Fact '{id}'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnknownTopic_ListsTheTopics()
    {
        var problems = Check([.. SoundFacts.Skip(1), Courses with { Id = "weather.courses", Topic = "weather" }]);

        var problem = Assert.Single(problems);
        Assert.Equal("weather.courses", problem.FactId);
        Assert.Contains("topic 'weather' is not one of the repository's topics (national, platform, west, international, source)", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TopicDiffersFromIdPrefix_ReportsBoth()
    {
        var problem = Assert.Single(Check([.. SoundFacts.Skip(1), Courses with { Topic = "platform" }]));

        Assert.Equal("national.courses", problem.FactId);
        Assert.Contains("its topic is 'platform', so its id must start with 'platform.'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ArticleMissing_NamesTheArticle()
    {
        var problems = Check([.. SoundFacts, Courses with { Id = "national.other", Article = "gone", Aliases = ["other"] }]);

        var problem = Assert.Single(problems);
        Assert.Equal("national.other", problem.FactId);
        Assert.Contains("article 'gone' is not in the repository", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_QuoteNotVerbatim_ShowsWhereItDepartsFromTheArticle()
    {
        var quote = "As of November 2022, the platform had 62,000 course and nearly 500 million learners.";

        var problems = Check([Courses with { Quote = quote }, .. SoundFacts.Skip(1)]);

        var problem = Assert.Single(problems);
        Assert.Equal("national.courses", problem.FactId);
        Assert.Contains("does not occur word for word in article 'news'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("departs from the article after \"…2022, the platform had 62,000 course\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DisplayNotInQuote_ReportsTheDisplay()
    {
        var problems = Check([Courses with { Display = "62000" }, .. SoundFacts.Skip(1)]);

        var problem = Assert.Single(problems);
        Assert.Equal("national.courses", problem.FactId);
        Assert.Equal("Fact 'national.courses': its display '62000' does not occur word for word in its quote.", problem.Message);
    }

    [Fact]
    public void Check_DisplayReadsAsAnotherValue_ReportsBothNumbers()
    {
        var problems = Check([Courses with { Value = 6200m }, .. SoundFacts.Skip(1)]);

        var problem = Assert.Single(problems, p => p.FactId is not null);
        Assert.Equal("Fact 'national.courses': its display '62,000' reads as 62000, but its value is 6200.", problem.Message);
    }

    [Fact]
    public void Check_QualifierDiffersFromDisplay_ReportsBothQualifiers()
    {
        var problems = Check([.. SoundFacts.Where(f => f != Learners), Learners with { Qualifier = "moreThan" }]);

        var problem = Assert.Single(problems);
        Assert.Equal("national.learners", problem.FactId);
        Assert.Contains("reads as qualifier 'nearly', but its qualifier is 'moreThan'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_DisplayDropsTheQuotesQualifier_ReportsHowTheQuoteWritesIt()
    {
        var problems = Check([.. SoundFacts.Where(f => f != Learners), Learners with { Qualifier = "exact", Display = "500 million" }]);

        var problem = Assert.Single(problems);
        Assert.Equal("national.learners", problem.FactId);
        Assert.Contains("its display '500 million' reads differently in its quote, which writes 'nearly 500 million' there", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PercentageWithOtherUnit_ReportsTheUnit()
    {
        var problems = Check([.. SoundFacts.Where(f => f != Share), Share with { Unit = "universities" }]);

        var problem = Assert.Single(problems);
        Assert.Equal("west.share", problem.FactId);
        Assert.Contains("its display '97.3%' is a percentage, but its unit is 'universities'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PercentUnitWithoutPercentDisplay_ReportsTheDisplay()
    {
        var problems = Check([.. SoundFacts.Where(f => f != Courses), Courses with { Unit = "%" }]);

        var problem = Assert.Single(problems);
        Assert.Equal("national.courses", problem.FactId);
        Assert.Contains("its unit is '%', but its display '62,000' is not a percentage", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ValueWithDisplayThatIsNoFigure_ReportsIt()
    {
        var problems = Check([.. SoundFacts.Where(f => f != Ministry), Ministry with { Value = 1m }]);

        var problem = Assert.Single(problems, p => p.FactId is not null);
        Assert.Equal("source.ministry", problem.FactId);
        Assert.Contains("its display 'the ministry' does not read as one figure, but the fact has value 1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_StatementFact_NeedsNoFigureInItsDisplay()
    {
        var statement = Ministry with { Display = "The ministry of education provided the figures" };

        Assert.Empty(Check([.. SoundFacts.Where(f => f != Ministry), statement]));
    }

    [Theory]
    [InlineData("2022/11")]
    [InlineData("22-11")]
    [InlineData("2022-13")]
    [InlineData("2022-02-30")]
    [InlineData("November 2022")]
    public void Check_AsOfNotADate_SaysTheAcceptedForms(string asOf)
    {
        var problem = Assert.Single(Check([Courses with { AsOf = asOf }, .. SoundFacts.Skip(1)]));

        Assert.Equal("national.courses", problem.FactId);
        Assert.Contains($"asOf '{asOf}' must be a date written YYYY, YYYY-MM or YYYY-MM-DD", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AsOfAfterTheArticle_ReportsTheArticleDate()
    {
        var problem = Assert.Single(Check([Courses with { AsOf = "2023-02" }, .. SoundFacts.Skip(1)]));

        Assert.Equal("Fact 'national.courses': asOf '2023-02' is after its article's date 2023-01-02.", problem.Message);
    }

    [Fact]
    public void Check_NoAliases_ReportsIt()
    {
        var problem = Assert.Single(Check([Courses with { Aliases = [] }, .. SoundFacts.Skip(1)]));

        Assert.Equal("national.courses", problem.FactId);
        Assert.Contains("it has no aliases", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BlankAlias_ReportsIt()
    {
        var problem = Assert.Single(Check([Courses with { Aliases = ["courses", "  "] }, .. SoundFacts.Skip(1)]));

        Assert.Contains("one of its aliases is empty", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AliasRepeatedInOneFact_ReportsIt()
    {
        var problem = Assert.Single(Check([Courses with { Aliases = ["courses", "Courses "] }, .. SoundFacts.Skip(1)]));

        Assert.Equal("Fact 'national.courses': alias 'Courses ' is listed twice.", problem.Message);
    }

    [Fact]
    public void Check_AliasSharedByTwoFacts_NamesBothFacts()
    {
        var problems = Check([Courses, Learners with { Aliases = ["learners", "How  many courses"] }, .. SoundFacts.Skip(2)]);

        var problem = Assert.Single(problems);
        Assert.Equal("national.learners", problem.FactId);
        Assert.Contains("alias 'How  many courses' is also an alias of fact 'national.courses'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NumberInArticleWithoutFact_ListsTheNumberAndItsSentence()
    {
        var problems = Check(SoundFacts.Where(f => f != Courses));

        var problem = Assert.Single(problems);
        Assert.Null(problem.FactId);
        Assert.Equal(
            "Article 'news': the number '62,000' (62000) is not the value of any fact quoting it, "
            + "in \"As of November 2022, the platform had 62,000 courses and nearly 500 million learners.\".",
            problem.Message);
    }

    [Fact]
    public void Check_DuplicateArticleId_ReportsTheArticle()
    {
        var json = Json(SoundFacts, articleIds: [ArticleId, ArticleId]);
        var repository = FactRepositoryLoader.Parse(json, _ => ArticleText);

        var problem = Assert.Single(FactChecker.Check(repository));

        Assert.Null(problem.FactId);
        Assert.Equal("Article 'news' appears 2 times: article ids must be unique.", problem.Message);
    }

    private static string ArticleText => $"""
        Title: Online courses keep growing
        Publisher: The Daily
        Date: 2023-01-02
        ---
        {Body}
        """;

    private static IReadOnlyList<FactProblem> Check(IEnumerable<FactSpec> facts) =>
        FactChecker.Check(FactRepositoryLoader.Parse(Json(facts, [ArticleId]), _ => ArticleText));

    private static string Json(IEnumerable<FactSpec> facts, string[] articleIds) =>
        FactsDocument.Create(articleIds, [.. facts.Select(f => FactsDocument.Measure(
            f.Id, f.Topic, f.Unit, f.Aliases, f.Counts,
            FactsDocument.Quoted(f.Value, f.Qualifier, f.Display, f.AsOf, f.Article, f.Quote)))]);

    private sealed record FactSpec(
        string Id,
        string Topic,
        decimal? Value,
        string Unit,
        string Qualifier,
        string Display,
        string Quote,
        string AsOf = "2022-11",
        string Article = ArticleId,
        string[]? Aliases = null,
        string Counts = "what it counts");
}
