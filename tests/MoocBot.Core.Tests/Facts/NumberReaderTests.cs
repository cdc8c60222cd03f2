using System.Globalization;
using MoocBot.Core.Answering;
using MoocBot.Core.Facts;
using MoocBot.Core.Tests.Answering;

namespace MoocBot.Core.Tests.Facts;

/// <summary>Questions (the lexer) and articles (<see cref="QuantityParser"/>) read numbers alike: one suffix table, one reader.</summary>
public sealed class NumberReaderTests
{
    private const decimal Digits = 9.79m;

    /// <summary>Every suffix of the table, glued to the digits and, where allowed, after a space; letters also capitalised.</summary>
    public static TheoryData<string, string> EverySuffix()
    {
        var data = new TheoryData<string, string>();
        foreach (var suffix in NumberReader.Suffixes)
        {
            var digits = Digits.ToString(CultureInfo.InvariantCulture);
            data.Add(digits + suffix.Text, suffix.Text);

            // "万", "亿" and "%" have no capitals: adding them again would repeat a case under the same id.
            var capitalised = suffix.Text.ToUpperInvariant();
            if (!string.Equals(capitalised, suffix.Text, StringComparison.Ordinal))
            {
                data.Add(digits + capitalised, suffix.Text);
            }
            if (!suffix.GluedOnly)
            {
                data.Add(digits + " " + suffix.Text, suffix.Text);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EverySuffix))]
    public void QuestionAndArticle_NumberWithSuffix_ReadTheSameValue(string text, string suffixText)
    {
        var suffix = NumberReader.Suffixes.Single(s => s.Text == suffixText);
        var expected = Digits * suffix.Multiplier;

        var token = Assert.Single(LexerTests.Lex(text));
        Assert.True(QuantityParser.TryParse(text, out var quantity), $"an article does not read \"{text}\"");

        Assert.Equal(LexKind.Number, token.Kind);
        Assert.Equal((double)expected, token.Value, 1e-6);
        Assert.Equal(suffix.IsPercent, (token.Flags & NumberFlags.Percent) != 0);
        Assert.Equal(!suffix.IsPercent, (token.Flags & NumberFlags.Scaled) != 0);
        Assert.Equal(expected, quantity.Value);
        Assert.Equal(suffix.IsPercent ? Quantity.Percent : null, quantity.Unit);
    }

    [Theory]
    [InlineData("979m")]
    [InlineData("979 million")]
    [InlineData("979,000,000")]
    [InlineData("0.979bn")]
    [InlineData("0.979 billion")]
    [InlineData("9.79亿")]
    [InlineData("97900万")]
    [InlineData("979 thousand thousand")]
    public void QuestionAndArticle_OneFigureInAnyNotation_ReadTheSameValue(string text)
    {
        var token = Assert.Single(LexerTests.Lex(text));
        Assert.True(QuantityParser.TryParse(text, out var quantity));

        Assert.Equal(979_000_000, token.Value);
        Assert.Equal(979_000_000m, quantity.Value);
    }

    [Theory]
    [MemberData(nameof(GluedOnlySuffixes))]
    public void QuestionAndArticle_SingleLetterAfterASpace_IsNoScale(string letter)
    {
        var text = "5 " + letter;

        var number = Assert.Single(LexerTests.Lex(text), t => t.Kind == LexKind.Number);
        Assert.True(QuantityParser.TryParse(text, out var quantity));

        Assert.Equal(5, number.Value);
        Assert.Equal(5m, quantity.Value);
    }

    [Theory]
    [InlineData("5G")]
    [InlineData("10am")]
    [InlineData("3kg")]
    public void Read_LettersThatAreNoSuffix_EndTheNumberAtItsDigits(string text)
    {
        var reading = NumberReader.Read(text, 0);

        Assert.True(reading.Has(NumberNotation.UnknownSuffix));
        Assert.Equal(reading.DigitsEnd, reading.End);
        Assert.False(QuantityParser.TryParse(text, out _));
    }

    [Theory]
    [InlineData("300多", 300, true)]
    [InlineData("10万余", 100_000, true)]
    [InlineData("300多少", 300, false)]
    public void Read_DuoOrYuAfterTheNumber_MeansMoreThanButDuoShaoAsks(string text, int value, bool moreThan)
    {
        var reading = NumberReader.Read(text, 0);

        Assert.Equal(value, reading.Value);
        Assert.Equal(moreThan, reading.Has(NumberNotation.MoreThan));
    }

    [Theory]
    [InlineData("9999999999999999999999999999999999999999 users")]
    [InlineData("79228162514264337593543950335 billion users")]
    public void Read_TooLargeForADecimal_IsMarkedOverflowNotThrown(string text)
    {
        Assert.True(NumberReader.Read(text, 0).Has(NumberNotation.Overflow));
        Assert.Equal(double.PositiveInfinity, Assert.Single(LexerTests.Lex(text), t => t.Kind == LexKind.Number).Value);
        Assert.False(QuantityParser.TryParse(text, out _));
    }

    public static TheoryData<string> GluedOnlySuffixes() => new(NumberReader.Suffixes.Where(s => s.GluedOnly).Select(s => s.Text));
}
