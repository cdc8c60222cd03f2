using MoocBot.Core.Answering;
using MoocBot.Core.Conversations;
using MoocBot.Core.Conversations.Commands;
using MoocBot.Core.Tests.Answering;

namespace MoocBot.Core.Tests.Conversations.Commands;

/// <summary>A command's fact argument takes an id in the same forms as a /start link and inline mode (<see cref="FactSearch.FindById"/>).</summary>
public sealed class FactLookupTests
{
    private static readonly CurrentFacts Facts = new(RealRepository.Repository);

    public static TheoryData<string> LinkFormIds() => new(RealRepository.Repository.Facts.Select(f => f.Id.Replace('.', '_')));

    [Theory]
    [MemberData(nameof(LinkFormIds))]
    public void Resolve_IdInItsLinkForm_FindsTheFactFindByIdFinds(string linkFormId)
    {
        var (fact, reply) = new FactLookup(Facts, new ReplyComposer(RealRepository.Repository)).Resolve(" " + linkFormId + " ");

        Assert.Null(reply);
        Assert.Equal(new FactSearch(Facts).FindById(linkFormId)!.Id, fact!.Id);
    }
}
