using MoocBot.Core.Conversations;

namespace MoocBot.Core.Tests.Conversations;

public sealed class ChatLanguagesTests
{
    [Theory]
    [InlineData("how many moocs are there?", ChatLanguage.English)]
    [InlineData("中国有多少门慕课？", ChatLanguage.Chinese)]
    [InlineData("MOOC有多少", ChatLanguage.Chinese)]
    [InlineData("", ChatLanguage.English)]
    [InlineData(null, ChatLanguage.English)]
    public void OfText_NoChoiceAndNoHint_IsChineseOnlyForChineseText(string? text, ChatLanguage expected) =>
        Assert.Equal(expected, ChatLanguages.OfText(text));
}
