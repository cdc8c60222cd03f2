using MoocBot.Core.Answering;
using MoocBot.Core.Facts;
using MoocBot.Core.Tests.Facts;

namespace MoocBot.Core.Tests.Answering;

public sealed class CurrentFactsTests
{
    [Fact]
    public void Replace_NewVersion_AnswersFromItWhileAnAnswererReadBeforeKeepsTheOld()
    {
        using var files = FactsFolder.Create();
        var current = new CurrentFacts(FactRepositoryLoader.Load(files.FactsPath));
        var inFlight = current.Answerer;
        files.ReportMoreMoocs();

        current.Replace(FactRepositoryLoader.Load(files.FactsPath));

        Assert.Equal(FactsFolder.MoreMoocs, current.Answerer.Answer("how many moocs are there?").Facts[0].Display);
        Assert.Equal("more than 97,000", inFlight.Answer("how many moocs are there?").Facts[0].Display);
    }

    [Fact]
    public async Task Answerer_ReadWhileVersionsSwap_EachAnswerIsWhollyOneVersion()
    {
        using var files = FactsFolder.Create();
        var before = FactRepositoryLoader.Load(files.FactsPath);
        files.ReportMoreMoocs();
        var after = FactRepositoryLoader.Load(files.FactsPath);
        var current = new CurrentFacts(before);
        using var readersDone = new CancellationTokenSource();
        var swaps = Task.Run(() =>
        {
            for (var i = 0; !readersDone.IsCancellationRequested; i++)
            {
                current.Replace(i % 2 == 0 ? after : before);
            }
        });

        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            var seen = new List<string>();
            for (var i = 0; i < 200; i++)
            {
                var answerer = current.Answerer;
                var fact = answerer.Answer("how many moocs are there?").Facts[0];
                seen.Add(fact.Display + " / " + answerer.Repository.FindFact(fact.Id)!.Display);
            }

            return seen;
        })).ToList();
        var seen = (await Task.WhenAll(readers)).SelectMany(s => s).ToList();
        await readersDone.CancelAsync();
        await swaps;

        Assert.All(seen, pair => Assert.Contains(pair, new[] { "more than 97,000 / more than 97,000", FactsFolder.MoreMoocs + " / " + FactsFolder.MoreMoocs }));
    }

    [Fact]
    public void SourceOf_FactFromTheVersionJustReplacedWhoseSourceIsGone_FindsItInThePreviousVersion()
    {
        var real = FactRepositoryLoader.Load(TestData.FactsPath);
        var current = new CurrentFacts(real);
        var fact = current.Answerer.Answer("how many moocs are there?").Facts[0];

        current.Replace(new FactRepository([], [], "empty"));

        Assert.Equal(real.FindSource(fact), current.SourceOf(fact));
        Assert.Equal("Xinhua (People's Daily Online)", current.SourceOf(fact).Publisher);
    }

    [Fact]
    public void Replace_AfterARefusedChange_ClearsTheRefusal()
    {
        var real = FactRepositoryLoader.Load(TestData.FactsPath);
        var current = new CurrentFacts(real);
        current.Reject(new RejectedFacts(DateTimeOffset.UnixEpoch, real.Version, ["Fact 'national.moocs': broken."]));

        current.Replace(real);

        Assert.Null(current.Rejected);
    }
}
