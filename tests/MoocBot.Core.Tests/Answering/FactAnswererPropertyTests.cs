using CsCheck;
using MoocBot.Core.Answering;

namespace MoocBot.Core.Tests.Answering;

public sealed class FactAnswererPropertyTests
{
    private static readonly string[] Words =
    [
        "how", "many", "moocs", "mooc", "students", "registered", "users", "west", "western", "universities",
        "979", "million", "97.3%", "2020", "2015", "in", "china", "india", "will", "when", "who", "what", "percent",
        "courses", "teachers", "languages", "亿", "慕课", "ｍｏｏｃ", "😀", "<b>", "'s", "-", ",", "?", "regsitered",
        "people", "number", "of", "1st", "#1", "9.79亿", "\u200B", "\u202E", "ﬁ",
    ];

    [Fact]
    public void Answer_RandomStrings_NeverThrowAndKeepTheContract()
    {
        Gen.String.Sample(AssertContract, iter: 3000);
    }

    [Fact]
    public void Answer_RandomMixesOfQuestionWords_NeverThrowAndKeepTheContract()
    {
        Gen.OneOf(Words).Array[0, 12]
            .Select(words => string.Join(' ', words))
            .Sample(AssertContract, iter: 3000);
    }

    [Fact]
    public void Search_RandomStrings_NeverThrow()
    {
        Gen.String.Sample(query => Assert.True(RealRepository.Answerer.Search(query, 5).Count <= 5), iter: 1000);
    }

    private static void AssertContract(string question)
    {
        var answer = RealRepository.Answerer.Answer(question);

        Assert.InRange(answer.Confidence, 0, 1);
        Assert.Equal(question, answer.Question);
        switch (answer.Status)
        {
            case AnswerStatus.NotFound:
                Assert.Empty(answer.Facts);
                Assert.Equal(0, answer.Confidence);
                break;
            case AnswerStatus.Ambiguous:
                Assert.True(answer.Facts.Count >= 2);
                break;
            default:
                Assert.NotEmpty(answer.Facts);
                Assert.True(answer.Confidence > 0);
                break;
        }
    }
}
