using MoocBot.Core.Answering;

namespace MoocBot.Core.Tests.Answering;

public sealed class LexerTests
{
    [Theory]
    [InlineData("979m")]
    [InlineData("979 million")]
    [InlineData("979 Million")]
    [InlineData("979,000,000")]
    [InlineData("9.79亿")]
    [InlineData("97900万")]
    [InlineData("0.979 billion")]
    [InlineData("０．９７９ｂｎ")]
    public void Lex_OneFigureInAnyNotation_ReadsTheSameValue(string text)
    {
        var token = Assert.Single(Lex(text), t => t.Kind == LexKind.Number);

        Assert.Equal(979_000_000, token.Value, 1e-3);
        Assert.True((token.Flags & NumberFlags.Percent) == 0);
    }

    [Theory]
    [InlineData("97.3%")]
    [InlineData("97.3 %")]
    [InlineData("97.3 percent")]
    [InlineData("97.3 per cent")]
    [InlineData("９７．３％")]
    public void Lex_Percentage_ReadsValueAndPercentFlag(string text)
    {
        var token = Assert.Single(Lex(text), t => t.Kind == LexKind.Number);

        Assert.Equal(97.3, token.Value, 1e-9);
        Assert.True((token.Flags & NumberFlags.Percent) != 0);
    }

    [Fact]
    public void Lex_ListOfNumbers_KeepsCommaSeparatedNumbersApart()
    {
        var numbers = Lex("14, 92, 300").Where(t => t.Kind == LexKind.Number).Select(t => t.Value).ToArray();

        Assert.Equal([14.0, 92.0, 300.0], numbers);
    }

    [Theory]
    [InlineData("2020", true)]
    [InlineData("2,020", false)]
    [InlineData("2020m", false)]
    [InlineData("1850", false)]
    public void Lex_PlainFourDigitNumber_IsYearLikeOnlyInRange(string text, bool yearLike)
    {
        var token = Assert.Single(Lex(text));

        Assert.Equal(yearLike, token.IsYearLike);
    }

    [Fact]
    public void Lex_PossessiveAndContraction_AreOneWord()
    {
        var folded = Fold("China's platform doesn't");
        var tokens = Lex("China's platform doesn't");

        Assert.Equal(["china", "platform", "doesn't"], tokens.Select(t => folded.Substring(t.Start, t.Length)).ToArray());
    }

    [Fact]
    public void Lex_Mention_IsNotAWord()
    {
        var folded = Fold("@MoocBot how many, @some_one?");
        var tokens = Lex("@MoocBot how many, @some_one?");

        Assert.Equal(["how", "many", "one"], tokens.Select(t => folded.Substring(t.Start, t.Length)).ToArray());
    }

    [Fact]
    public void Lex_Ordinal_IsMarked()
    {
        var token = Assert.Single(Lex("#1"));

        Assert.Equal(1, token.Value);
        Assert.True((token.Flags & NumberFlags.Ordinal) != 0);
    }

    internal static string Fold(string text)
    {
        var buffer = new char[text.Length * TextFolder.MaxExpansion];
        return new string(buffer, 0, TextFolder.Fold(text, buffer));
    }

    internal static LexToken[] Lex(string text)
    {
        var folded = Fold(text);
        var tokens = new LexToken[folded.Length + 1];
        var count = Lexer.Lex(folded, tokens);
        return tokens[..count];
    }
}
