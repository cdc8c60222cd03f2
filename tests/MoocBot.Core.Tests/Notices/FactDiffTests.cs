using MoocBot.Core.Facts;
using MoocBot.Core.Notices;

namespace MoocBot.Core.Tests.Notices;

public sealed class FactDiffTests
{
    [Fact]
    public void Compare_SameRepository_IsEmpty()
    {
        var diff = FactDiff.Compare(NoticeTestData.Current, NoticeTestData.Current);

        Assert.True(diff.IsEmpty);
    }

    [Fact]
    public void Compare_NextYear_ListsAddedChangedAndRemovedById()
    {
        var diff = FactDiff.Compare(NoticeTestData.Current, NoticeTestData.NextYear);

        var changed = Assert.Single(diff.Changed);
        Assert.Equal("national.moocs", changed.Id);
        Assert.Equal("more than 97,000", changed.Previous!.Display);
        Assert.Equal("more than 98,500", changed.Current!.Display);
        Assert.Equal("national.new-courses", Assert.Single(diff.Added).Id);
        Assert.Equal("west.universities", Assert.Single(diff.Removed).Id);
        Assert.Equal(["national", "west"], diff.Topics);
    }

    [Theory]
    [InlineData("value")]
    [InlineData("display")]
    [InlineData("asOf")]
    [InlineData("quote")]
    [InlineData("article")]
    public void Compare_OneFieldReadersSeeChanged_ReportsTheFactChanged(string field)
    {
        var current = NoticeTestData.Edit(NoticeTestData.Current, "v2", facts => [.. facts.Select(f => f.Id != "west.teachers-trained" ? f : field switch
        {
            "value" => f with { Value = 1_800_000 },
            "display" => f with { Display = "1.8 million" },
            "asOf" => f with { AsOf = "2023-11" },
            "quote" => f with { Evidence = new ArticleQuote(f.SourceId, f.Quote + " (corrected)") },
            _ => f with { Evidence = new ArticleQuote("another-article", f.Quote!) },
        })]);

        var diff = FactDiff.Compare(NoticeTestData.Current, current);

        Assert.Equal("west.teachers-trained", Assert.Single(diff.Changes).Id);
    }

    [Fact]
    public void Compare_OnlyAliasesAndNoteEdited_IsEmpty()
    {
        var current = NoticeTestData.Edit(NoticeTestData.Current, "v2",
            facts => [.. facts.Select(f => f with { Aliases = [.. f.Aliases, "another phrasing"], Note = "edited" })]);

        Assert.True(FactDiff.Compare(NoticeTestData.Current, current).IsEmpty);
    }
}
