using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests.Facts;

public sealed class FactFormatterTests
{
    [Theory]
    [MemberData(nameof(FigureFormats.Cases), "en", MemberType = typeof(FigureFormats))]
    public void FormatFigure_Value_ReadsLikeTheArticle(string value, Qualifier qualifier, string unit, string expected)
    {
        var figure = FactFormatter.FormatFigure(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), qualifier, unit);

        Assert.Equal(expected, figure);
    }

    [Fact]
    public void FormatFigure_EveryRealFact_ReadsBackAsItsValue()
    {
        var repository = FactRepositoryLoader.Load(TestData.FactsPath);

        foreach (var fact in repository.Facts.Where(f => f.Value is not null))
        {
            var figure = FactFormatter.FormatFigure(fact);

            Assert.True(QuantityParser.TryParse(figure, out var quantity), figure);
            Assert.Equal(fact.Value, quantity.Value);
            Assert.Equal(fact.Qualifier, quantity.Qualifier);
        }
    }

    [Fact]
    public void FormatFigure_Statement_IsItsDisplay()
    {
        var repository = FactRepositoryLoader.Load(TestData.FactsPath);
        var statement = repository.FindFact("source.reporter")!;

        Assert.Equal("Ding Yasong", FactFormatter.FormatFigure(statement));
    }

    [Theory]
    [InlineData("2022-11", "November 2022")]
    [InlineData("2022-11-30", "30 November 2022")]
    [InlineData("2023-01-02", "2 January 2023")]
    [InlineData("2020", "2020")]
    [InlineData("late 2022", "late 2022")]
    public void FormatAsOf_IsoDate_ReadsAsWords(string asOf, string expected)
    {
        Assert.Equal(expected, FactFormatter.FormatAsOf(asOf));
    }

    [Fact]
    public void FormatSource_RealArticle_NamesPublisherDateReporterAndDataSource()
    {
        var article = Assert.Single(FactRepositoryLoader.Load(TestData.FactsPath).Articles);

        Assert.Equal(
            "People's Daily, 2 Jan 2023, reporter Ding Yasong; figures from the Ministry of Education",
            FactFormatter.FormatSource(article));
    }

    [Fact]
    public void FormatSource_NoReporterOrDataSource_LeavesThemOut()
    {
        var article = new Article("a", "Title", "Xinhua", new DateOnly(2024, 3, 5), null, null, null, "");

        Assert.Equal("Xinhua, 5 Mar 2024", FactFormatter.FormatSource(article));
    }
}
