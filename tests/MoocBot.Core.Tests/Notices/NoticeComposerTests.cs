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
        Assert.Contains("• MOOCs in China: more than 97,000 (Dec 2024, Xinhua) → more than 98,500 (Jun 2025, Xinhua)", text, StringComparison.Ordinal);
        Assert.Contains("• New: New MOOCs in 2025: 1,000 (Dec 2024, Xinhua)", text, StringComparison.Ordinal);
        Assert.Contains("Source: reported by Xinhua (People's Daily Online), 13 Dec 2024", text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n'), line => line.Contains("MOOCs in China", StringComparison.Ordinal));
        Assert.NotNull(national.Reply.Source);
        Assert.Contains(national.Reply.Buttons, b => b.Command == "/fact national.moocs");
    }

    [Fact]
    public void Compose_RemovedFact_SaysItIsNoLongerReported()
    {
        var west = NoticeComposer.Compose(FactDiff.Compare(NoticeTestData.Current, NoticeTestData.NextYear), NoticeTestData.NextYear)[1];

        Assert.Contains("• No longer reported: Western universities using MOOCs, was 725 (2 Jan 2023, People's Daily)", west.Reply.ToPlainText(), StringComparison.Ordinal);
        Assert.Empty(west.Reply.Buttons);
    }
}
