using MoocBot.Core.Answering;

namespace MoocBot.Core.Tests.Answering;

public sealed class EnglishStemmerTests
{
    [Theory]
    [InlineData("universities", "university")]
    [InlineData("registered", "register")]
    [InlineData("registering", "registers")]
    [InlineData("studying", "studied")]
    [InlineData("studies", "study")]
    [InlineData("recognized", "recognised")]
    [InlineData("recognise", "recognising")]
    [InlineData("courses", "course")]
    [InlineData("moocs", "mooc")]
    [InlineData("classes", "class")]
    [InlineData("planned", "plan")]
    [InlineData("trained", "training")]
    [InlineData("categories", "category")]
    public void Stem_FormsOfOneWord_ShareAStem(string word, string other)
    {
        Assert.Equal(EnglishStemmer.Stem(word), EnglishStemmer.Stem(other));
    }

    [Theory]
    [InlineData("learner", "learning")]
    [InlineData("teacher", "teaching")]
    [InlineData("status", "state")]
    public void Stem_DifferentWords_KeepDifferentStems(string word, string other)
    {
        Assert.NotEqual(EnglishStemmer.Stem(word), EnglishStemmer.Stem(other));
    }

    [Fact]
    public void Stem_ShortAndNonEnglishWords_AreLeftAlone()
    {
        Assert.Equal("was", EnglishStemmer.Stem("was"));
        Assert.Equal("été", EnglishStemmer.Stem("été"));
    }
}
