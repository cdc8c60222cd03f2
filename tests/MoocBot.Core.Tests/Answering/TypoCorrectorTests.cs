using MoocBot.Core.Answering;

namespace MoocBot.Core.Tests.Answering;

public sealed class TypoCorrectorTests
{
    private static readonly TypoCorrector Corrector = Build("registered", "universities", "moocs", "languages", "teaching", "students", "credits", "countries");

    [Theory]
    [InlineData("regsitered", "registered")]
    [InlineData("univercities", "universities")]
    [InlineData("universites", "universities")]
    [InlineData("langauges", "languages")]
    [InlineData("teching", "teaching")]
    [InlineData("studnets", "students")]
    [InlineData("creditss", "credits")]
    [InlineData("registred", "registered")]
    [InlineData("univeristies", "universities")]
    public void Correct_NearMisspelling_FindsTheWord(string typo, string expected)
    {
        Assert.Equal(expected, Corrector.Correct(typo));
    }

    [Theory]
    [InlineData("mooc")]
    [InlineData("cred")]
    [InlineData("asdfgh")]
    [InlineData("weather")]
    [InlineData("reqsiteerd")]
    public void Correct_ShortOrDistantWord_IsNotCorrected(string word)
    {
        Assert.Null(Corrector.Correct(word));
    }

    [Fact]
    public void Correct_FirstCallsFromManyThreadsAtOnce_EachFindsTheWord()
    {
        var corrector = Build("registered", "universities", "languages");
        using var start = new Barrier(8);

        var results = new string?[8];
        var threads = Enumerable.Range(0, results.Length).Select(i => new Thread(() =>
        {
            start.SignalAndWait();
            results[i] = corrector.Correct(i % 2 == 0 ? "regsitered" : "langauges");
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());

        Assert.All(results, (result, i) => Assert.Equal(i % 2 == 0 ? "registered" : "languages", result));
    }

    [Theory]
    [InlineData(4, 0)]
    [InlineData(5, 1)]
    [InlineData(7, 1)]
    [InlineData(8, 2)]
    [InlineData(12, 2)]
    public void AllowedEdits_GrowWithWordLength(int length, int edits)
    {
        Assert.Equal(edits, TypoCorrector.AllowedEdits(length));
    }

    [Fact]
    public void Distance_Transposition_CountsAsOneEdit()
    {
        Assert.Equal(1, TypoCorrector.Distance("regsitered", "registered", 2));
        Assert.Equal(1, TypoCorrector.Distance("univeristies", "universities", 2));
        Assert.Equal(int.MaxValue, TypoCorrector.Distance("abcdef", "uvwxyz", 2));
    }

    private static TypoCorrector Build(params string[] words)
    {
        var corrector = new TypoCorrector();
        foreach (var word in words)
        {
            corrector.Add(word);
        }

        return corrector;
    }
}
