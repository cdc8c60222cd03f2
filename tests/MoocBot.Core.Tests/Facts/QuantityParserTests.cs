using System.Globalization;
using CsCheck;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests.Facts;

public sealed class QuantityParserTests
{
    /// <summary>The cases of quantity-parser-cases.tsv beside this file.</summary>
    public static TheoryData<string, string, Qualifier, string?> FiguresAsWritten()
    {
        var data = new TheoryData<string, string, Qualifier, string?>();
        foreach (var c in CaseTable.Read(CaseTable.PathOf("MoocBot.Core.Tests/Facts/quantity-parser-cases.tsv"), 4))
        {
            data.Add(c[0], c[1], Enum.Parse<Qualifier>(c[2]), c[3] == "-" ? null : c[3]);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(FiguresAsWritten))]
    public void TryParse_FigureAsWritten_ReadsValueQualifierAndUnit(string text, string expected, Qualifier qualifier, string? unit)
    {
        Assert.True(QuantityParser.TryParse(text, out var quantity));

        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), quantity.Value);
        Assert.Equal(qualifier, quantity.Qualifier);
        Assert.Equal(unit, quantity.Unit);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("no figure here")]
    [InlineData("March 2022")]
    [InlineData("January 2")]
    [InlineData("2022-11-30")]
    [InlineData("14 and 92")]
    [InlineData("5G")]
    [InlineData("COVID-19")]
    [InlineData("may I ask")]
    public void TryParse_NoSingleFigure_ReturnsFalse(string text)
    {
        Assert.False(QuantityParser.TryParse(text, out var quantity));
        Assert.Null(quantity);
    }

    [Fact]
    public void TryParse_ScaledDecimal_HasNoTrailingZeros()
    {
        Assert.True(QuantityParser.TryParse("1.714 million", out var quantity));

        Assert.Equal("1714000", quantity.Value.ToString(CultureInfo.InvariantCulture));
    }

    [Fact]
    public void FindAll_ArticleSentence_FindsEachFigureWithItsSpan()
    {
        const string Text = "As of the end of November last year, the platform users covered 166 countries and regions, "
            + "the platform accumulatively visited 29.2 billion times, and nearly 500 million people took courses.";

        var matches = QuantityParser.FindAll(Text);

        Assert.Equal(["166", "29.2 billion", "nearly 500 million"], matches.Select(m => m.Text));
        Assert.All(matches, m => Assert.Equal(m.Text, Text.Substring(m.Index, m.Length)));
        Assert.Equal([166m, 29_200_000_000m, 500_000_000m], matches.Select(m => m.Quantity.Value));
        Assert.Equal(Qualifier.Nearly, matches[2].Quantity.Qualifier);
        Assert.DoesNotContain(matches, m => m.IsDate);
    }

    [Fact]
    public void FindAll_SentenceEndsAfterFigure_LeavesTheFullStopOut()
    {
        var match = Assert.Single(QuantityParser.FindAll("learners all over the world. 670,000."));

        Assert.Equal("670,000", match.Text);
        Assert.Equal(670_000m, match.Quantity.Value);
    }

    [Theory]
    [InlineData("Newspaper, Beijing, January 2 (Reporter Ding Yasong)", "January 2", 2)]
    [InlineData("launched in March 2022.", "March 2022", 2022)]
    [InlineData("on January 2, 2023 the paper", "January 2, 2023", 2023)]
    [InlineData("as of 30 November 2022", "30 November 2022", 2022)]
    [InlineData("on the 2nd of January", "2nd of January", 2)]
    [InlineData("as of 2022-11-30", "2022-11-30", 2022)]
    [InlineData("as of 2022-11", "2022-11", 2022)]
    [InlineData("Jan. 2", "Jan. 2", 2)]
    [InlineData("截至2022年11月", "2022年11月", 2022)]
    [InlineData("1月2日", "1月2日", 2)]
    public void FindAll_Date_IsMarkedAsDate(string text, string expected, int value)
    {
        var match = Assert.Single(QuantityParser.FindAll(text));

        Assert.True(match.IsDate);
        Assert.Equal(expected, match.Text);
        Assert.Equal(value, match.Quantity.Value);
    }

    [Fact]
    public void FindAll_BareYear_IsANumberNotADate()
    {
        var match = Assert.Single(QuantityParser.FindAll("Since the establishment of the Alliance in 2020, 168 courses"[..^12]));

        Assert.False(match.IsDate);
        Assert.Equal(2020m, match.Quantity.Value);
    }

    [Fact]
    public void FindAll_Ordinal_IsMarkedOrdinal()
    {
        var match = Assert.Single(QuantityParser.FindAll("are ranked first in the world"));

        Assert.True(match.IsOrdinal);
        Assert.Equal("first", match.Text);
        Assert.Equal(1m, match.Quantity.Value);
    }

    [Theory]
    [InlineData("moreover 300 people", "300", Qualifier.Exact)]
    [InlineData("the latest 300 people", "300", Qualifier.Exact)]
    [InlineData("最近3年", "3", Qualifier.Exact)]
    [InlineData("it took over 300 people", "over 300", Qualifier.MoreThan)]
    [InlineData("~300 people", "~300", Qualifier.About)]
    public void FindAll_QualifierWords_OnlyWholeWordsQualify(string text, string expected, Qualifier qualifier)
    {
        var match = Assert.Single(QuantityParser.FindAll(text));

        Assert.Equal(expected, match.Text);
        Assert.Equal(qualifier, match.Quantity.Qualifier);
    }

    [Fact]
    public void FindAll_NamesWithDigits_AreNotFigures()
    {
        Assert.Empty(QuantityParser.FindAll("H1N1, 5G, mp3 and v1.2.3 and COVID-19"));
    }

    [Fact]
    public void FindAll_Overflow_SkipsTheFigureWithoutThrowing()
    {
        var matches = QuantityParser.FindAll("99999999999999999999999999999 trillion and 5");

        Assert.Equal(5m, Assert.Single(matches).Quantity.Value);
    }

    [Fact]
    public void FindAll_RandomStrings_NeverThrowAndSpansMatchText()
    {
        var pieces = Gen.OneOf<string>(
            Gen.String,
            Gen.String["0123456789,.%-+ 万亿百千多余年月日近超约kmbn"],
            Gen.OneOf<string>("nearly ", "more than ", "about ", " million", " billion", " thousand", "first", "two", "January ", "March ", "May ", "2022", "2022-11", " of ", "percent", ", ", ".", "3,272,400", "-"));
        var text = pieces.Array[0, 12].Select(parts => string.Concat(parts));

        text.Sample(s =>
        {
            var matches = QuantityParser.FindAll(s);
            var previousEnd = 0;
            foreach (var match in matches)
            {
                Assert.True(match.Index >= previousEnd && match.Length > 0 && match.End <= s.Length);
                Assert.Equal(match.Text, s.Substring(match.Index, match.Length));
                previousEnd = match.End;
            }

            _ = QuantityParser.TryParse(s, out _);
        }, iter: 5_000);
    }

    [Fact]
    public void TryParse_DecimalWithThousandsSeparators_RoundTrips()
    {
        Gen.Decimal.Sample(value =>
        {
            var text = value.ToString("#,0.############################", CultureInfo.InvariantCulture);

            Assert.True(QuantityParser.TryParse(text, out var quantity), text);
            Assert.Equal(value, quantity.Value);
            Assert.Equal(Qualifier.Exact, quantity.Qualifier);
        }, iter: 5_000);
    }

    [Fact]
    public void TryParse_WholeNumberWithScaleWord_RoundTrips()
    {
        Gen.Select(Gen.Int[0, 999_999], Gen.Int[0, 3]).Sample((number, scale) =>
        {
            var (word, factor) = scale switch
            {
                0 => ("thousand", 1_000m),
                1 => ("million", 1_000_000m),
                2 => ("billion", 1_000_000_000m),
                _ => ("", 1m),
            };
            var text = (number / 1000m).ToString("#,0.###", CultureInfo.InvariantCulture) + " " + word;

            Assert.True(QuantityParser.TryParse(text, out var quantity), text);
            Assert.Equal(number / 1000m * factor, quantity.Value);
        });
    }
}
