using MoocBot.Core.Answering;

namespace MoocBot.Core.Tests.Answering;

public sealed class TextFolderTests
{
    [Theory]
    [InlineData("How Many MOOCs?", "how many moocs ")]
    [InlineData("ｈｏｗ ｍａｎｙ ＭＯＯＣｓ？", "how many moocs ")]
    [InlineData("９７９，０００，０００", "979,000,000")]
    [InlineData("ﬁeld", "field")]
    [InlineData("China’s", "china's")]
    [InlineData("a\u00A0b\u3000c", "a b c")]
    [InlineData("zero\u200Bwidth\u200E", "zerowidth")]
    [InlineData("\U0001D426\U0001D428\U0001D428\U0001D41C", "mooc")]
    [InlineData("moocs 🎓!", "moocs   ")]
    [InlineData("慕课", "慕课")]
    [InlineData("中國有多少門慕課", "中国有多少门慕课")]
    [InlineData("註冊用戶", "注册用户")]
    public void Fold_CompatibilityForms_BecomePlainLowerCase(string input, string expected)
    {
        var buffer = new char[input.Length * TextFolder.MaxExpansion];

        var length = TextFolder.Fold(input, buffer);

        Assert.Equal(expected, new string(buffer, 0, length));
    }
}
