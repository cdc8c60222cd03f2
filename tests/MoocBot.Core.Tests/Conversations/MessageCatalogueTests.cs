using MoocBot.Core.Conversations;

namespace MoocBot.Core.Tests.Conversations;

/// <summary>The sentences come from messages.json, built into the program.</summary>
public sealed class MessageCatalogueTests
{
    [Fact]
    public void Get_MessageWithSpacesAtItsEnds_KeepsThem()
    {
        Assert.Equal(" and ", MessageCatalogue.Get("list.and", ChatLanguage.English));
        Assert.Equal("和", MessageCatalogue.Get("list.and", ChatLanguage.Chinese));
    }

    [Fact]
    public void Get_Placeholders_AreFilledInTheChatsLanguage()
    {
        Assert.Equal("Subscribed to west.", MessageCatalogue.Get("subscribe.done", ChatLanguage.English, "west"));
        Assert.Equal("已订阅：west。", MessageCatalogue.Get("subscribe.done", ChatLanguage.Chinese, "west"));
    }

    [Fact]
    public void ExampleAndArgumentName_CommandWithChineseUsage_AreChineseElseEnglish()
    {
        var fact = new ChatCommandInfo("fact", "Look up one figure") { ArgumentName = "query", Example = "/fact registered users" };
        var stats = new ChatCommandInfo("stats", "The headline figures");

        Assert.Equal("/fact 注册用户", MessageCatalogue.Example(fact, ChatLanguage.Chinese));
        Assert.Equal("查询内容", MessageCatalogue.ArgumentName(fact, ChatLanguage.Chinese));
        Assert.Equal("/fact registered users", MessageCatalogue.Example(fact, ChatLanguage.English));
        Assert.Null(MessageCatalogue.ArgumentName(stats, ChatLanguage.Chinese));
        Assert.Equal(("概览", "主要数据一览"), MessageCatalogue.Chinese("STATS"));
    }

    [Theory]
    [InlineData("""{"messages": {"a": "only English"}, "commands": {}}""", "message \"a\"")]
    [InlineData("""{"messages": {"a": ["", "中文"]}, "commands": {}}""", "message \"a\"")]
    [InlineData("""{"messages": {"a": ["x", "y"], "a": ["x", "z"]}, "commands": {}}""", "\"a\" is there twice")]
    [InlineData("""{"messages": {}, "commands": {"fact": {"name": "数据"}}}""", "command \"fact\"")]
    public void Parse_MalformedEntry_ThrowsNamingIt(string json, string named)
    {
        var error = Assert.Throws<FormatException>(() => MessageCatalogue.Parse(json));

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
