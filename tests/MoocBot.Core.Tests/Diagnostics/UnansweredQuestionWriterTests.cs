using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Diagnostics;
using MoocBot.Core.Tests.Diagnostics.Fakes;

namespace MoocBot.Core.Tests.Diagnostics;

public sealed class UnansweredQuestionWriterTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 5, 1, 12, 0, 0, TimeSpan.Zero));
    private readonly InMemoryUnansweredLog _log = new();
    private readonly UnansweredLogOptions _options = new() { Enabled = true, MaxTextLength = 40 };
    private readonly UnansweredQuestions _queue;

    public UnansweredQuestionWriterTests()
    {
        _queue = new UnansweredQuestions(Options.Create(_options), _time);
    }

    [Fact]
    public async Task RunOnceAsync_Queued_StoresItWithMentionsReplacedAndCut()
    {
        _queue.Start();
        _queue.Record("discord", "<@123456789012345678> how many moocs are there in the whole of Africa?");

        await CreateWriter().RunOnceAsync(CancellationToken.None);

        var stored = Assert.Single(_log.Questions);
        Assert.Equal("discord", stored.Platform);
        Assert.Equal("@someone how many moocs are there in the", stored.Text);
        Assert.Equal("someone how many moocs are there in the", stored.NormalizedText);
        Assert.Equal(_time.GetUtcNow(), stored.AskedAt);
    }

    [Fact]
    public async Task RunOnceAsync_ManyQueued_StoresThemAllInBatches()
    {
        _options.QueueCapacity = 1_000;
        var queue = new UnansweredQuestions(Options.Create(_options), _time);
        queue.Start();
        for (var i = 0; i < 250; i++)
        {
            queue.Record("telegram", "question " + i);
        }

        var batches = 0;
        _log.OnAdded = _ => batches++;

        await CreateWriter(queue).RunOnceAsync(CancellationToken.None);

        Assert.Equal(250, _log.Questions.Count);
        Assert.Equal(3, batches);
    }

    [Fact]
    public async Task RunOnceAsync_HourlyPasses_DeleteQuestionsPastTheirRetention()
    {
        var writer = CreateWriter();
        await _log.AddAsync(
        [
            UnansweredQuestion.Create("telegram", "expired", _time.GetUtcNow() - TimeSpan.FromDays(31), 300),
            UnansweredQuestion.Create("telegram", "kept", _time.GetUtcNow() - TimeSpan.FromDays(29), 300),
        ], CancellationToken.None);

        await writer.RunOnceAsync(CancellationToken.None);
        await writer.RunOnceAsync(CancellationToken.None);
        _time.Advance(UnansweredQuestionWriter.PurgeInterval);
        await writer.RunOnceAsync(CancellationToken.None);

        Assert.Equal([_time.GetUtcNow() - UnansweredQuestionWriter.PurgeInterval - TimeSpan.FromDays(30), _time.GetUtcNow() - TimeSpan.FromDays(30)], _log.Purges);
        Assert.Equal(["kept"], _log.Questions.Select(q => q.Text));
    }

    [Fact]
    public async Task RunOnceAsync_StoreDown_LosesThatBatchAndCarriesOn()
    {
        _queue.Start();
        var writer = CreateWriter();
        _log.Failure = new InvalidOperationException("the database is down");
        _queue.Record("telegram", "lost while the store was down");

        await writer.RunOnceAsync(CancellationToken.None);
        _log.Failure = null;
        _queue.Record("telegram", "stored once it was back");
        await writer.RunOnceAsync(CancellationToken.None);

        Assert.Equal(["stored once it was back"], _log.Questions.Select(q => q.Text));
    }

    [Fact]
    public async Task ExecuteAsync_Enabled_StoresAQuestionAsSoonAsItIsQueued()
    {
        var added = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _log.OnAdded = _ => added.TrySetResult();
        using var writer = CreateWriter();

        await writer.StartAsync(CancellationToken.None);
        await _queue.WhenAccepting.WaitAsync(Patience);
        Assert.True(_queue.Record("telegram", "how many moocs in africa"));
        await added.Task.WaitAsync(Patience);
        await writer.StopAsync(CancellationToken.None);

        Assert.Single(_log.Questions);
        Assert.False(_queue.Accepting);
    }

    [Fact]
    public async Task StopAsync_BeforeTheLoopEverRan_StillWritesWhatWasQueued()
    {
        using var writer = CreateWriter();
        using var alreadyStopping = new CancellationTokenSource();
        await alreadyStopping.CancelAsync();

        // A start token cancelled at once: the host is stopping before the loop gets a thread.
        await writer.StartAsync(alreadyStopping.Token);
        _queue.Record("telegram", "asked while the host was starting");
        await writer.StopAsync(CancellationToken.None);

        Assert.Equal(["asked while the host was starting"], _log.Questions.Select(q => q.Text));
        Assert.False(_queue.Record("telegram", "asked after the stop"));
    }

    [Fact]
    public async Task ExecuteAsync_Disabled_TakesNothingButStillDeletesOldQuestions()
    {
        _options.Enabled = false;
        var purged = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _log.OnPurged = () => purged.TrySetResult();
        using var writer = CreateWriter();

        await writer.StartAsync(CancellationToken.None);
        await purged.Task.WaitAsync(Patience);
        var taken = _queue.Record("telegram", "how many moocs in africa");
        await writer.StopAsync(CancellationToken.None);

        Assert.False(taken);
        Assert.Empty(_log.Questions);
        Assert.Single(_log.Purges);
    }

    private UnansweredQuestionWriter CreateWriter(UnansweredQuestions? queue = null) =>
        new(queue ?? _queue, _log, Options.Create(_options), _time, NullLogger<UnansweredQuestionWriter>.Instance);
}
