using MoocBot.Core.Conversations.FollowUps;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests.Conversations.FollowUps;

public sealed class FollowUpReaderTests
{
    private static readonly FollowUpPlaces Places = FollowUpPlaces.From(Vocabulary.Default);

    [Theory]
    [InlineData("and in the west?", FollowUpKind.Refine, "west", "")]
    [InlineData("那西部呢？", FollowUpKind.Refine, "west", "")]
    [InlineData("and in western china?", FollowUpKind.Refine, "west", "")]
    [InlineData("what about on the smart education platform?", FollowUpKind.Refine, "platform", "")]
    [InlineData("and internationally?", FollowUpKind.Refine, "international", "")]
    [InlineData("国际上呢？", FollowUpKind.Refine, "international", "")]
    [InlineData("and nationwide?", FollowUpKind.Refine, "national", "")]
    [InlineData("那全國呢？", FollowUpKind.Refine, "national", "")]
    [InlineData("what about registered users?", FollowUpKind.Refine, null, "registered users")]
    [InlineData("注册用户呢", FollowUpKind.Refine, null, "注册用户")]
    [InlineData("and in 2020?", FollowUpKind.Refine, null, "")]
    [InlineData("2030年呢", FollowUpKind.Refine, null, "")]
    [InlineData("in 2020?", FollowUpKind.Refine, null, "")]
    [InlineData("in the west?", FollowUpKind.Refine, "west", "")]
    [InlineData("where is that from?", FollowUpKind.Source, null, "")]
    [InlineData("数据是哪来的？", FollowUpKind.Source, null, "")]
    [InlineData("why so many?", FollowUpKind.Reason, null, "")]
    [InlineData("为什么这么多？", FollowUpKind.Reason, null, "")]
    public void Read_FollowUpShapes_AreRecognised(string text, FollowUpKind kind, string? topic, string measure)
    {
        var request = FollowUpReader.Read(text, Places);

        Assert.NotNull(request);
        Assert.Equal((kind, topic, measure), (request.Kind, request.Topic, request.Measure));
    }

    [Theory]
    [InlineData("how many MOOCs does China have?")]
    [InlineData("中国有多少门慕课")]
    [InlineData("how many teachers were trained in the west?")]
    [InlineData("why are MOOCs popular in China?")]
    [InlineData("registered users?")]
    [InlineData("how many learners in 2020?")]
    public void Read_FullQuestions_AreNotFollowUps(string text)
    {
        Assert.Null(FollowUpReader.Read(text, Places));
    }

    [Theory]
    [InlineData("and in the east?", "east")]
    [InlineData("what about eastern china?", "eastern china")]
    [InlineData("东部呢？", "东部")]
    public void Read_RegionWithoutFigures_IsNamed(string text, string place)
    {
        Assert.Equal(place, FollowUpReader.Read(text, Places)?.OtherPlace);
    }
}
