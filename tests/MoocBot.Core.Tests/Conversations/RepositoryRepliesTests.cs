using MoocBot.Core.Answering;
using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;
using MoocBot.Core.Tests.Facts;

namespace MoocBot.Core.Tests.Conversations;

/// <summary>Fact cards and quotes are composed once per fact, language and repository version, through <see cref="RepositoryReplies"/>.</summary>
public sealed class RepositoryRepliesTests
{
    [Fact]
    public void ComposeFact_EqualFactAgain_TheSameReply()
    {
        var composer = new ReplyComposer(new CurrentFacts(TestData.Repository));
        var fact = TestData.Repository.FindFact("national.moocs")!;

        var first = composer.ComposeFact(fact);
        var again = composer.ComposeFact(fact with { });

        Assert.Same(first, again);
        Assert.NotSame(first, composer.ComposeFact(fact, ChatLanguage.Chinese));
        Assert.Same(composer.ComposeFact(fact, ChatLanguage.Chinese), composer.ComposeFact(fact with { }, ChatLanguage.Chinese));
    }

    [Fact]
    public void ComposeFact_OlderObservationOfTheSameMeasure_ItsOwnCard()
    {
        var composer = new ReplyComposer(new CurrentFacts(TestData.Repository));
        var history = TestData.Repository.FindMeasure("national.moocs")!.History();

        var cards = history.Select(f => composer.ComposeFact(f).ToPlainText()).ToList();

        Assert.True(history.Count > 1);
        Assert.Equal(history.Count, cards.Distinct().Count());
        Assert.All(history.Zip(cards), pair => Assert.Contains(pair.First.Display, pair.Second, StringComparison.Ordinal));
    }

    [Fact]
    public void ComposeFactAndQuote_NewRepositoryVersion_ComposedFromIt()
    {
        using var files = FactsFolder.Create();
        var current = new CurrentFacts(FactRepositoryLoader.Load(files.FactsPath));
        var composer = new ReplyComposer(current);
        var before = composer.ComposeFact(current.Repository.FindFact("national.moocs")!);
        var quoteBefore = composer.ComposeQuote(current.Repository.FindFact("national.moocs")!);
        files.ReportMoreMoocs();

        current.Replace(FactRepositoryLoader.Load(files.FactsPath));
        var after = composer.ComposeFact(current.Repository.FindFact("national.moocs")!);

        Assert.Contains("more than 97,000", before.ToPlainText(), StringComparison.Ordinal);
        Assert.Contains(FactsFolder.MoreMoocs, after.ToPlainText(), StringComparison.Ordinal);
        Assert.NotSame(quoteBefore, composer.ComposeQuote(current.Repository.FindFact("national.moocs")!));
    }
}
