using MoocBot.Core.Answering;
using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests.Conversations;

public sealed class FactSearchTests
{
    private static readonly FactRepository Repository = FactRepositoryLoader.Load(TestData.FactsPath);
    private readonly FactSearch _search = new(new CurrentFacts(Repository));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u200B\t")]
    public void Search_NothingTyped_ListsTheHeadlineFactsInFileOrder(string query)
    {
        var found = _search.Search(query, 10);

        Assert.Equal(Repository.Facts.Take(10).Select(f => f.Id), found.Select(f => f.Id));
    }

    [Theory]
    [InlineData("moocs")]
    [InlineData("registered users")]
    [InlineData("teachers trained in the west")]
    public void Search_PartialQuery_FindsWhatTheAnswererFinds(string query)
    {
        var found = _search.Search("  " + query.Replace(" ", "  \t", StringComparison.Ordinal) + " ", 25);

        Assert.NotEmpty(found);
        Assert.Equal(new FactAnswerer(Repository).Search(query, 25).Select(f => f.Id), found.Select(f => f.Id));
    }

    [Theory]
    [InlineData("national.registered-users")]
    [InlineData("national_registered-users")]
    [InlineData(" national_registered-users ")]
    public void FindById_IdOrItsLinkForm_FindsTheFact(string id)
    {
        Assert.Equal("national.registered-users", _search.FindById(id)?.Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("subscribe")]
    [InlineData("national_no-such-figure")]
    public void FindById_NoSuchFact_ReturnsNull(string id)
    {
        Assert.Null(_search.FindById(id));
    }
}
