using MoocBot.Core.Diagnostics;

namespace MoocBot.Storage.Tests;

/// <summary>The unanswered-question log and the health probe, on every store.</summary>
public abstract partial class NoticeStoreContract
{
    private IUnansweredQuestionLog Log => (IUnansweredQuestionLog)Store;

    [StoreFact]
    public async Task FindFrequentAsync_SameQuestionAskedDifferently_CountsItOnceMostFrequentFirst()
    {
        await Log.AddAsync(
        [
            Question("telegram", "How many MOOCs in Africa?", Now - TimeSpan.FromHours(3)),
            Question("discord", "how many moocs in africa", Now - TimeSpan.FromHours(2)),
            Question("console", "HOW MANY MOOCS IN AFRICA!!", Now - TimeSpan.FromHours(1)),
            Question("telegram", "what is the weather", Now - TimeSpan.FromMinutes(5)),
        ], CancellationToken.None);

        var suggestions = await Log.FindFrequentAsync(Now - TimeSpan.FromDays(1), 10, CancellationToken.None);

        Assert.Equal(
            [new QuestionSuggestion("how many moocs in africa", 3, Now - TimeSpan.FromHours(1)), new QuestionSuggestion("what is the weather", 1, Now - TimeSpan.FromMinutes(5))],
            suggestions);
    }

    [StoreFact]
    public async Task FindFrequentAsync_OlderQuestionsAndBeyondTop_AreLeftOut()
    {
        await Log.AddAsync(
        [
            Question("telegram", "old question", Now - TimeSpan.FromDays(8)),
            Question("telegram", "old question", Now - TimeSpan.FromDays(8)),
            Question("telegram", "b question", Now - TimeSpan.FromDays(1)),
            Question("telegram", "a question", Now - TimeSpan.FromDays(1)),
            Question("telegram", "c question", Now - TimeSpan.FromDays(2)),
        ], CancellationToken.None);

        var suggestions = await Log.FindFrequentAsync(Now - TimeSpan.FromDays(7), 2, CancellationToken.None);

        // Equal counts: the most recently asked first, then by text.
        Assert.Equal(["a question", "b question"], suggestions.Select(s => s.NormalizedText));
    }

    [StoreFact]
    public async Task DeleteBeforeAsync_DeletesOnlyQuestionsAskedBeforeTheCutoff()
    {
        await Log.AddAsync(
        [
            Question("telegram", "expired", Now - TimeSpan.FromDays(31)),
            Question("telegram", "kept", Now - TimeSpan.FromDays(30)),
            Question("telegram", "recent", Now),
        ], CancellationToken.None);

        var deleted = await Log.DeleteBeforeAsync(Now - TimeSpan.FromDays(30), CancellationToken.None);

        Assert.Equal(1, deleted);
        var left = await Log.FindFrequentAsync(DateTimeOffset.UnixEpoch, 10, CancellationToken.None);
        Assert.Equal(["recent", "kept"], left.Select(s => s.NormalizedText));
    }

    [StoreFact]
    public async Task AddAsync_Nothing_WritesNothing()
    {
        await Log.AddAsync([], CancellationToken.None);

        Assert.Empty(await Log.FindFrequentAsync(DateTimeOffset.UnixEpoch, 10, CancellationToken.None));
    }

    [StoreFact]
    public async Task AddAsync_TextWithQuotesAndNonLatinScript_IsKeptExactly()
    {
        var text = "多少门慕课? it's \"62,000\"; DROP TABLE x; --";
        await Log.AddAsync([Question("telegram", text, Now)], CancellationToken.None);

        var suggestion = Assert.Single(await Log.FindFrequentAsync(Now, 10, CancellationToken.None));

        Assert.Equal("多少门慕课 its 62,000 drop table x", suggestion.NormalizedText);
    }

    [StoreFact]
    public async Task ProbeAsync_FreshDatabase_ReportsSchemaZeroAndTheVersionItMigratesTo()
    {
        var probe = await ((IStoreProbe)OpenStore()).ProbeAsync(CancellationToken.None);

        Assert.Equal(0, probe.SchemaVersion);
        Assert.True(probe.LatestSchemaVersion >= 2);
    }

    [StoreFact]
    public async Task ProbeAsync_Migrated_ReportsTheLatestSchema()
    {
        await ((IMigratingStore)Store).MigrateAsync(CancellationToken.None);

        var probe = await ((IStoreProbe)Store).ProbeAsync(CancellationToken.None);

        Assert.Equal(probe.LatestSchemaVersion, probe.SchemaVersion);
        Assert.Equal(((IMigratingStore)Store).Provider.ToString(), probe.Provider);
    }

    private static UnansweredQuestion Question(string platform, string text, DateTimeOffset at) => UnansweredQuestion.Create(platform, text, at, 300);
}
