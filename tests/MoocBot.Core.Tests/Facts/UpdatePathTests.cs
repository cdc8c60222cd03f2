using System.Text.Json.Nodes;
using MoocBot.Core.Answering;
using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;
using MoocBot.Core.Notices;

namespace MoocBot.Core.Tests.Facts;

/// <summary>
/// The maintainer's update path with a fictional, test-only article (test-gazette-2025-07-01.txt beside this file):
/// add the article and one observation quoting it, and the check, the answer and the notice follow.
/// </summary>
public sealed class UpdatePathTests : IDisposable
{
    private const string Quote = "As of June 2025, China had more than 98,500 MOOCs, the test suite said.";

    private readonly FactsFolder _files = FactsFolder.Create();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void Check_NewerArticleWithAnObservationQuotingIt_Passes()
    {
        AddGazette(withObservation: true);

        Assert.Empty(FactChecker.Check(FactRepositoryLoader.Load(_files.FactsPath)));
    }

    [Fact]
    public void Check_NewerArticleWithoutAnObservation_NamesItsUncoveredNumber()
    {
        AddGazette(withObservation: false);

        var problem = Assert.Single(FactChecker.Check(FactRepositoryLoader.Load(_files.FactsPath)));
        Assert.Contains("Article 'test-gazette-2025-07-01': the number 'more than 98,500'", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Answer_AfterTheUpdate_GivesTheNewFigureWithThePreviousOne()
    {
        AddGazette(withObservation: true);
        var repository = FactRepositoryLoader.Load(_files.FactsPath);

        var text = new ReplyComposer(repository).ComposeAnswer(new FactAnswerer(repository).Answer("how many moocs are there?")).ToPlainText();

        Assert.StartsWith("MOOCs (massive open online courses) in China: more than 98,500 (as of June 2025).", text, StringComparison.Ordinal);
        Assert.Contains("Source: MoocBot Test Gazette, 1 Jul 2025, reporter Nobody Real; figures from the test suite", text, StringComparison.Ordinal);
        Assert.Contains("Previously: more than 97,000 (Dec 2024, Xinhua).", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_AfterTheUpdate_OneNoticeReadsOldToNewOnce()
    {
        var before = FactRepositoryLoader.Load(_files.FactsPath);
        AddGazette(withObservation: true);
        var after = FactRepositoryLoader.Load(_files.FactsPath);

        var diff = FactDiff.Compare(before, after);
        var notice = Assert.Single(NoticeComposer.Compose(diff, after));

        Assert.Equal("national.moocs", Assert.Single(diff.Changes).Id);
        var text = notice.Reply.ToPlainText();
        Assert.Contains("• MOOCs in China: more than 97,000 (Dec 2024, Xinhua) → more than 98,500 (Jun 2025, MoocBot Test Gazette)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("New:", text, StringComparison.Ordinal);
        Assert.Single(text.Split('\n'), line => line.Contains("MOOCs in China", StringComparison.Ordinal));
    }

    [Fact]
    public void Diff_SnapshotPublishedBeforeMeasures_ReadsAndComparesWithTheCurrentVersion()
    {
        const string Legacy = """
            {"version":"old","articles":[{"id":"peoples-daily-2023-01-02","title":"T","publisher":"People's Daily","date":"2023-01-02","body":"b"}],
             "facts":[{"id":"national.moocs","topic":"national","counts":"MOOCs in China","value":62000,"unit":"courses","qualifier":"exact","display":"62,000","asOf":"2022-11","quote":"q","articleId":"peoples-daily-2023-01-02","aliases":["moocs"]}]}
            """;
        var current = FactRepositoryLoader.Load(_files.FactsPath);

        var diff = FactDiff.Compare(FactSnapshot.Deserialize(Legacy), current);

        var changed = Assert.Single(diff.Changed);
        Assert.Equal("62,000", changed.Previous!.Display);
        Assert.Equal("more than 97,000", changed.Current!.Display);
        Assert.Equal(current.Version, FactSnapshot.Deserialize(FactSnapshot.Serialize(current)).Version);
        Assert.True(FactDiff.Compare(FactSnapshot.Deserialize(FactSnapshot.Serialize(current)), current).IsEmpty);
    }

    private void AddGazette(bool withObservation)
    {
        _files.Write("articles/test-gazette-2025-07-01.txt", File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Facts", "test-gazette-2025-07-01.txt")));
        var document = JsonNode.Parse(_files.Read("facts.json"))!.AsObject();
        document["articles"]!.AsArray().Add(new JsonObject { ["id"] = "test-gazette-2025-07-01", ["path"] = "articles/test-gazette-2025-07-01.txt" });
        if (withObservation)
        {
            var moocs = document["measures"]!.AsArray().Single(m => (string?)m!["id"] == "national.moocs")!;
            moocs["observations"]!.AsArray().Add(new JsonObject
            {
                ["value"] = 98500,
                ["qualifier"] = "moreThan",
                ["display"] = "more than 98,500",
                ["asOf"] = "2025-06",
                ["article"] = "test-gazette-2025-07-01",
                ["quote"] = Quote,
            });
        }

        _files.Write("facts.json", document.ToJsonString());
    }
}
