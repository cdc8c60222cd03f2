using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests.Facts;

public sealed class FactRepositoryLoaderTests
{
    [Fact]
    public void Load_RealRepository_ReadsArticleHeaderAndFacts()
    {
        var repository = FactRepositoryLoader.Load(TestData.FactsPath);

        var article = Assert.Single(repository.Articles);
        Assert.Equal("People's Daily", article.Publisher);
        Assert.Equal(new DateOnly(2023, 1, 2), article.Date);
        Assert.Equal("Ding Yasong", article.Reporter);
        Assert.Equal("Ministry of Education", article.DataFrom);
        Assert.StartsWith("The number of people studying MOOCs", article.Body, StringComparison.Ordinal);
        Assert.True(repository.Facts.Count > 30);
        Assert.Equal(97000m, repository.FindFact("national.moocs")?.Value);
        Assert.Equal(Qualifier.MoreThan, repository.FindFact("national.moocs")?.Qualifier);
        Assert.Equal(Qualifier.Nearly, repository.FindFact("platform.teaching-materials")?.Qualifier);
    }

    [Fact]
    public void Load_RealRepository_KeepsEachMeasuresHistoryOldestFirstWithItsEvidence()
    {
        var repository = FactRepositoryLoader.Load(TestData.FactsPath);

        var moocs = repository.FindMeasure("national.moocs")!;
        Assert.Equal("MOOCs in China", moocs.Label);
        Assert.Equal([3200m, 15000m, 34000m, 52500m, 61900m, 62000m, 76000m, 97000m], moocs.Observations.Select(o => o.Value!.Value));
        Assert.Equal(["2017-12", "2019-08", "2020-12", "2022-06", "2022-11", "2022-11", "2024-01", "2024-12"], moocs.Observations.Select(o => o.AsOf));
        var quoted = Assert.IsType<ArticleQuote>(moocs.Observations[5].Evidence);
        Assert.Equal("peoples-daily-2023-01-02", quoted.ArticleId);
        var cited = Assert.IsType<ReportCitation>(moocs.Latest.Evidence);
        var report = repository.FindReport(cited.ReportId)!;
        Assert.Equal("Xinhua (People's Daily Online)", report.Publisher);
        Assert.Equal("2024-12-13", report.Published);
        Assert.Equal(new Uri("http://en.people.cn/n3/2024/1213/c90000-20253499.html"), report.Url);
        Assert.Null(repository.FindReport("global-times-2024-12")!.Url);
        Assert.Equal(["national", "platform", "west", "international", "source"], repository.Topics.Select(t => t.Id));
    }

    [Fact]
    public void Load_RealRepository_KeepsOtherMeasuresApartFromTheArticlesFigure()
    {
        var repository = FactRepositoryLoader.Load(TestData.FactsPath);

        Assert.Equal([29_200_000_000m], repository.FindMeasure("platform.visits")!.Observations.Select(o => o.Value!.Value));
        Assert.Equal([93_000_000m], repository.FindMeasure("platform.smart-platform-visits")!.Observations.Select(o => o.Value!.Value));
        Assert.Equal([166m, 183m], repository.FindMeasure("platform.countries")!.Observations.Select(o => o.Value!.Value));
    }

    [Fact]
    public void Parse_FlatFactsListOfTheOldFormat_ThrowsSayingWhatToWrite()
    {
        const string Json = """{"articles":[],"facts":[{"id":"x.y","topic":"t","counts":"c","unit":"u","display":"1","asOf":"2022","quote":"q","article":"a"}]}""";

        var ex = Assert.Throws<FactRepositoryFormatException>(() => FactRepositoryLoader.Parse(Json, _ => ""));

        Assert.Contains("flat 'facts' list", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'measures'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"value":1,"display":"1","asOf":"2022","article":"a"}""", "has no 'quote'")]
    [InlineData("""{"value":1,"display":"1","asOf":"2022","report":"r"}""", "has no 'statement'")]
    [InlineData("""{"value":1,"display":"1","asOf":"2022"}""", "has no evidence")]
    [InlineData("""{"value":1,"display":"1","asOf":"2022","article":"a","quote":"q","report":"r","statement":"s"}""", "names both an article and a report")]
    public void Parse_ObservationWithoutItsEvidence_ThrowsNamingTheMeasure(string observation, string expected)
    {
        var json = $$"""{"measures":[{"id":"x.y","topic":"x","counts":"c","unit":"u","observations":[{{observation}}]}]}""";

        var ex = Assert.Throws<FactRepositoryFormatException>(() => FactRepositoryLoader.Parse(json, _ => ""));

        Assert.Contains("measure 'x.y' (as of 2022)", ex.Message, StringComparison.Ordinal);
        Assert.Contains(expected, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ReportObservationWithoutDisplay_WritesTheFigureInTheHouseStyle()
    {
        const string Json = """{"reports":[{"id":"r","publisher":"P","published":"2024-12"}],"measures":[{"id":"x.y","topic":"x","counts":"c","unit":"courses","observations":[{"value":97000,"qualifier":"moreThan","asOf":"2024-12","report":"r","statement":"s"}]}]}""";

        var repository = FactRepositoryLoader.Parse(Json, _ => "");

        Assert.Equal("more than 97,000", repository.FindFact("x.y")!.Display);
    }

    [Fact]
    public void Parse_ArticleWithoutHeader_ThrowsNamingTheArticle()
    {
        const string Json = """{"articles":[{"id":"a","path":"a.txt"}],"measures":[]}""";

        var ex = Assert.Throws<FactRepositoryFormatException>(() => FactRepositoryLoader.Parse(Json, _ => "just text"));

        Assert.Contains("'a'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_SameContent_IsStableAndChangesWithContent()
    {
        var first = FactRepositoryLoader.Load(TestData.FactsPath);
        var second = FactRepositoryLoader.Load(TestData.FactsPath);
        var json = File.ReadAllText(TestData.FactsPath).Replace("62000", "63000", StringComparison.Ordinal);
        var changed = FactRepositoryLoader.Parse(json, p => File.ReadAllText(Path.Combine(TestData.DataFolder, p)));

        Assert.Equal(first.Version, second.Version);
        Assert.NotEqual(first.Version, changed.Version);
    }
}
