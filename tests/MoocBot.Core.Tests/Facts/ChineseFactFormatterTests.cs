using System.Globalization;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests.Facts;

public sealed class ChineseFactFormatterTests
{
    [Theory]
    [MemberData(nameof(FigureFormats.Cases), "zh", MemberType = typeof(FigureFormats))]
    public void FormatFigure_Value_WritesWanOrYiAndTheUnitNoun(string value, Qualifier qualifier, string unit, string expected)
    {
        var figure = ChineseFactFormatter.FormatFigure(decimal.Parse(value, CultureInfo.InvariantCulture), qualifier, unit);

        Assert.Equal(expected, figure);
    }

    [Fact]
    public void FormatFigure_EveryRealFact_ReadsBackAsItsValue()
    {
        var repository = FactRepositoryLoader.Load(TestData.FactsPath);

        foreach (var fact in repository.Facts.Where(f => f.Value is not null && f.Unit != "rank"))
        {
            var figure = ChineseFactFormatter.FormatFigure(fact);

            Assert.True(QuantityParser.TryParse(figure, out var quantity), figure);
            Assert.Equal(fact.Value, quantity.Value);
            Assert.Equal(fact.Qualifier, quantity.Qualifier);
        }
    }

    [Theory]
    [InlineData("2022-11", "2022年11月")]
    [InlineData("2022-11-30", "2022年11月30日")]
    [InlineData("2020", "2020年")]
    [InlineData("late 2022", "late 2022")]
    public void FormatAsOf_IsoDate_ReadsAsAChineseDate(string asOf, string expected)
    {
        Assert.Equal(expected, ChineseFactFormatter.FormatAsOf(asOf));
    }

    [Theory]
    [InlineData("People's Daily", "Ding Yasong", "Ministry of Education", "人民日报，2023年1月2日，记者丁雅诵；数据来自教育部")]
    [InlineData("Xinhua (People's Daily Online)", null, null, "新华社（人民网），2023年1月2日")]
    [InlineData("Global Times", null, "the Ministry of Education", "环球时报，2023年1月2日；数据来自教育部")]
    [InlineData("China News Service", null, null, "中国新闻社，2023年1月2日")]
    [InlineData("Some Weekly", "Jane Roe", null, "Some Weekly，2023年1月2日，记者Jane Roe")]
    public void FormatSource_Article_NamesPublisherInChinese(string publisher, string? reporter, string? dataFrom, string expected)
    {
        var article = new Article("a", "Title", publisher, new DateOnly(2023, 1, 2), reporter, dataFrom, null, "");

        Assert.Equal(expected, ChineseFactFormatter.FormatSource(article));
    }
}
