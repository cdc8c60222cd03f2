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
        Assert.Equal(62000m, repository.FindFact("national.moocs")?.Value);
        Assert.Equal(Qualifier.Nearly, repository.FindFact("platform.teaching-materials")?.Qualifier);
    }

    [Fact]
    public void Parse_ArticleWithoutHeader_ThrowsNamingTheArticle()
    {
        const string Json = """{"articles":[{"id":"a","path":"a.txt"}],"facts":[]}""";

        var ex = Assert.Throws<FactRepositoryFormatException>(() => FactRepositoryLoader.Parse(Json, _ => "just text"));

        Assert.Contains("'a'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_FactWithoutQuote_ThrowsNamingTheFact()
    {
        const string Json = """{"articles":[],"facts":[{"id":"x.y","topic":"t","counts":"c","unit":"u","display":"1","asOf":"2022"}]}""";

        var ex = Assert.Throws<FactRepositoryFormatException>(() => FactRepositoryLoader.Parse(Json, _ => ""));

        Assert.Contains("'x.y'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("quote", ex.Message, StringComparison.Ordinal);
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
