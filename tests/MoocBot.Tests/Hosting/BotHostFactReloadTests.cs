using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Tests;
using MoocBot.Core.Conversations;
using MoocBot.Core.Notices;
using MoocBot.Core.Tests.Facts;
using MoocBot.Terminal;
using MoocBot.Tests.Fakes;

namespace MoocBot.Tests.Hosting;

/// <summary>The running bot picks up an edited facts file: real files in a temporary folder, the real host, fake time.</summary>
public sealed class BotHostFactReloadTests : IAsyncLifetime, IDisposable
{
    private const string Question = "how many moocs are there?";
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly FactsFolder _files = FactsFolder.Create();
    private readonly FakeTimeProvider _time = TestClock.Create();
    private readonly FakeLogs _log = new();
    private TestBot _bot = null!;

    public async Task InitializeAsync() =>
        _bot = await TestBot.StartAsync(
            new() { ["Facts:Path"] = _files.FactsPath, ["Facts:WatchInterval"] = "00:00:02" },
            b =>
            {
                b.Services.AddSingleton<TimeProvider>(_time);
                b.Logging.AddProvider(_log.Provider);
            });

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        _files.Dispose();
    }

    public void Dispose() => _log.Dispose();

    [Fact]
    public async Task FactsFileEdited_WhileRunning_TheAnswerChanges()
    {
        Assert.Contains("more than 97,000 (as of December 2024)", await AskAsync(Question), StringComparison.Ordinal);

        _files.ReportMoreMoocs();
        var outcomes = new[] { await LookAsync(), await LookAsync() };

        Assert.Equal([FactWatchOutcome.Settling, FactWatchOutcome.Replaced], outcomes);
        var answer = await AskAsync(Question);
        Assert.Contains(FactsFolder.MoreMoocs + " (as of June 2025)", answer, StringComparison.Ordinal);
        Assert.Contains("Previously: more than 97,000 (Dec 2024, Xinhua).", answer, StringComparison.Ordinal);
        Assert.Contains(FactsFolder.MoreMoocs, await AskAsync("/fact national.moocs"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FactsFileBroken_WhileRunning_KeepsTheOldAnswersLogsTheFactAndDegrades()
    {
        _files.Edit("facts.json", "\"value\": 62000,", "\"value\": 65000,");
        await LookAsync();
        var outcome = await LookAsync();

        Assert.Equal(FactWatchOutcome.Refused, outcome);
        Assert.Contains("more than 97,000", await AskAsync(Question), StringComparison.Ordinal);
        var error = Assert.Single(_log.Lines, l => l.StartsWith("Error", StringComparison.Ordinal));
        Assert.Contains("national.moocs", error, StringComparison.Ordinal);
        Assert.Contains("still serving version " + TestBot.Repository.Version, error, StringComparison.Ordinal);
        var (status, health) = await HealthAsync();
        Assert.Equal((HttpStatusCode.OK, "degraded"), (status, health.GetProperty("status").GetString()));
        var facts = health.GetProperty("checks").GetProperty("facts");
        Assert.Contains("national.moocs", facts.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal(TestBot.Repository.Version, facts.GetProperty("data").GetProperty("version").GetString());
    }

    [Fact]
    public async Task FactsFileFixedAfterABrokenEdit_WhileRunning_IsServedAndHealthyAgain()
    {
        _files.Edit("facts.json", "\"value\": 62000,", "\"value\": 65000,");
        await LookAsync();
        await LookAsync();

        _files.Edit("facts.json", "\"value\": 65000,", "\"value\": 62000,");
        _files.ReportMoreMoocs();
        var outcomes = new[] { await LookAsync(), await LookAsync() };

        Assert.Equal([FactWatchOutcome.Settling, FactWatchOutcome.Replaced], outcomes);
        Assert.Contains(FactsFolder.MoreMoocs, await AskAsync(Question), StringComparison.Ordinal);
        var (status, health) = await HealthAsync();
        Assert.Equal((HttpStatusCode.OK, "healthy"), (status, health.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task FactsFileHalfWritten_ThenFinishedWithinAnInterval_LoadsOnlyTheFinishedFile()
    {
        var whole = _files.Read("facts.json").Replace("\"value\": 62000,", "\"value\": 62000 ,", StringComparison.Ordinal);
        _files.Write("facts.json", whole[..(whole.Length / 2)]);
        var first = await LookAsync();
        _files.Write("facts.json", whole);
        var outcomes = new[] { first, await LookAsync(), await LookAsync() };

        Assert.Equal([FactWatchOutcome.Settling, FactWatchOutcome.Settling, FactWatchOutcome.Replaced], outcomes);
        Assert.DoesNotContain(_log.Lines, l => l.StartsWith("Error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task FactsFileValueChanged_WhileRunning_QueuesOneNoticePerChangedTopicForItsSubscribers()
    {
        var store = _bot.Services.GetRequiredService<INoticeStore>();
        await store.SetTopicsAsync("telegram", "all", false, ["all"], _time.GetUtcNow(), CancellationToken.None);
        await store.SetTopicsAsync("telegram", "national", false, ["national"], _time.GetUtcNow(), CancellationToken.None);
        await store.SetTopicsAsync("telegram", "west", false, ["west"], _time.GetUtcNow(), CancellationToken.None);

        _files.ReportMoreMoocs();
        await LookAsync();
        await LookAsync();

        var claimed = await store.ClaimAsync("test", ["telegram"], 100, _time.GetUtcNow(), TimeSpan.FromMinutes(1), CancellationToken.None);
        Assert.Equal(["all", "national"], claimed.Select(c => c.ChatId).Order(StringComparer.Ordinal));
        Assert.Single(claimed.Select(c => c.NoticeId).Distinct());
        var notice = claimed[0].Reply.ToPlainText();
        Assert.Contains("• MOOCs in China: more than 97,000 (Dec 2024, Xinhua) → more than 98,500 (Jun 2025, MoocBot Test Gazette)", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("New:", notice, StringComparison.Ordinal);
        var again = await _bot.Services.GetRequiredService<FactPublisher>().PublishAsync(Load(), Publishers.CommandLine(), CancellationToken.None);
        Assert.Equal(PublishStatus.Unchanged, again.Status);
        Assert.Contains(" by the running bot (host ", again.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FactsFileTouched_WhileRunning_PublishesNothing()
    {
        var store = _bot.Services.GetRequiredService<INoticeStore>();
        await store.SetTopicsAsync("telegram", "all", false, ["all"], _time.GetUtcNow(), CancellationToken.None);
        var before = await store.FindLastPublishedAsync(CancellationToken.None);

        _files.Touch();
        var outcomes = new[] { await LookAsync(), await LookAsync() };

        Assert.Equal([FactWatchOutcome.Unchanged, FactWatchOutcome.Unchanged], outcomes);
        Assert.Equal(new DeliveryCounts(0, 0, 0, 0), await store.CountDeliveriesAsync(CancellationToken.None));
        Assert.Equal(before?.Id, (await store.FindLastPublishedAsync(CancellationToken.None))?.Id);
    }

    /// <summary>Lets one watch interval pass and returns what the watcher's look found.</summary>
    private async Task<FactWatchOutcome> LookAsync()
    {
        var watcher = _bot.Services.GetServices<IHostedService>().OfType<FactFileWatcher>().Single();
        var looked = new TaskCompletionSource<FactWatchOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnChecked(FactWatchOutcome outcome) => looked.TrySetResult(outcome);
        watcher.Checked += OnChecked;
        try
        {
            _time.Advance(Interval);
            return await looked.Task.WaitAsync(Patience);
        }
        finally
        {
            watcher.Checked -= OnChecked;
        }
    }

    private async Task<string> AskAsync(string text)
    {
        var reply = await _bot.Services.GetRequiredService<ConversationRouter>().HandleAsync(ConsoleChat.Message(text), CancellationToken.None);
        return reply?.ToPlainText() ?? string.Empty;
    }

    private async Task<(HttpStatusCode Status, JsonElement Body)> HealthAsync()
    {
        using var response = await _bot.Client.GetAsync("/healthz");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, document.RootElement.Clone());
    }

    private Core.Facts.FactRepository Load() => Core.Facts.FactRepositoryLoader.Load(_files.FactsPath);
}
