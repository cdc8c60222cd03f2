using MoocBot.Core.Notices;

namespace MoocBot.Core.Tests.Notices;

public sealed class NoticeComposerTests
{
    [Fact]
    public void Compose_NextYear_OneNoticePerChangedTopic()
    {
        var notices = NoticeComposer.Compose(FactDiff.Compare(NoticeTestData.Current, NoticeTestData.NextYear), NoticeTestData.NextYear);

        Assert.Equal(["national", "west"], notices.Select(n => n.Topic));
    }

    [Fact]
    public void Compose_ChangedFigure_ShowsOldToNewWithTheNewSource()
    {
        var national = NoticeComposer.Compose(FactDiff.Compare(NoticeTestData.Current, NoticeTestData.NextYear), NoticeTestData.NextYear)[0];
        var text = national.Reply.ToPlainText();

        Assert.Contains("Updated figures: China's MOOCs nationwide", text, StringComparison.Ordinal);
        Assert.Contains("• MOOCs (massive open online courses) in China: 62,000 → 63,000 (as of November 2023, was November 2022)", text, StringComparison.Ordinal);
        Assert.Contains("• New: New MOOCs in 2023: 1,000", text, StringComparison.Ordinal);
        Assert.Contains("Source: People's Daily, 2 Jan 2023, reporter Ding Yasong; figures from the Ministry of Education", text, StringComparison.Ordinal);
        Assert.NotNull(national.Reply.Source);
        Assert.Contains(national.Reply.Buttons, b => b.Command == "/fact national.moocs");
    }

    [Fact]
    public void Compose_RemovedFact_SaysItIsNoLongerReported()
    {
        var west = NoticeComposer.Compose(FactDiff.Compare(NoticeTestData.Current, NoticeTestData.NextYear), NoticeTestData.NextYear)[1];

        Assert.Contains("• No longer reported: Universities in western China using MOOCs for online or blended teaching (was 725, as of 2 January 2023)", west.Reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Empty(west.Reply.Buttons);
    }
}
