using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Conversations;
using MoocBot.Core.Diagnostics;
using MoocBot.Core.Notices;
using MoocBot.Core.Tests.Diagnostics.Fakes;
using MoocBot.Core.Tests.Notices.Fakes;

namespace MoocBot.Core.Tests.Notices;

/// <summary>What the dispatcher reports (delivery counts, notices.send health) and how it stops mid-send.</summary>
public sealed class NoticeDispatcherTelemetryTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly FakeTimeProvider _time = new();
    private readonly InMemoryNoticeStore _store = new();
    private readonly TestMeterFactory _meters = new();
    private readonly MetricCollector<long> _deliveries;

    public NoticeDispatcherTelemetryTests()
    {
        _deliveries = new MetricCollector<long>(_meters, MoocBotMetrics.MeterName, "moocbot.notice.deliveries");
    }

    public void Dispose()
    {
        _deliveries.Dispose();
        _meters.Dispose();
    }

    [Fact]
    public async Task RunOnceAsync_MixedOutcomes_CountsSentRetriedAndFailedByPlatform()
    {
        var telegram = new FakeChatPlatform(_time);
        var harness = new DispatcherHarness(_store, _time, telegram) { Metrics = new MoocBotMetrics(_meters) };
        harness.Options.MaxAttempts = 2;
        await DispatcherHarness.SubscribeAsync(_store, _time.GetUtcNow(), ["ok", "flaky", "broken", "gone"]);
        await DispatcherHarness.EnqueueAsync(_store, _time.GetUtcNow(), "national");
        var flakyCalls = 0;
        telegram.Script("flaky", () => flakyCalls++ == 0 ? new SendResult(SendOutcome.TransientFailure, Error: "502") : null);
        telegram.Script("broken", () => new SendResult(SendOutcome.TransientFailure, Error: "502"));
        telegram.Block("gone");

        await harness.RunUntilDoneAsync(harness.CreateDispatcher());

        Assert.Equal(2, Count("telegram", "sent"));
        Assert.Equal(2, Count("telegram", "retried"));
        Assert.Equal(2, Count("telegram", "failed"));
        var health = Assert.Single(harness.Health.Snapshot());
        Assert.Equal(NoticeDispatcher.HealthComponent, health.Name);
        Assert.NotNull(health.LastSuccess);
        Assert.Contains("502", health.LastError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StopAsync_DuringASend_WaitsForItAndRecordsItSent()
    {
        var sender = new GatedSender();
        var harness = new DispatcherHarness(_store, _time, sender) { Metrics = new MoocBotMetrics(_meters) };
        await DispatcherHarness.SubscribeAsync(_store, _time.GetUtcNow(), ["1"]);
        await DispatcherHarness.EnqueueAsync(_store, _time.GetUtcNow(), "national");
        using var dispatcher = harness.CreateDispatcher();

        await dispatcher.StartAsync(CancellationToken.None);
        await sender.Started.Task.WaitAsync(Patience);
        var stopping = dispatcher.StopAsync(CancellationToken.None);
        var stoppedBeforeTheSendFinished = stopping.IsCompleted;
        sender.Release.SetResult();
        await stopping.WaitAsync(Patience);

        Assert.False(stoppedBeforeTheSendFinished);
        var row = Assert.Single(_store.Deliveries);
        Assert.Equal((DeliveryStatus.Sent, null), (row.Status, row.LeaseOwner));
        Assert.Equal(1, Count("telegram", "sent"));
        Assert.False(sender.SawCancellation);
    }

    private long Count(string platform, string outcome) => _deliveries.GetMeasurementSnapshot()
        .Where(m => m.MatchesTags(new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("outcome", outcome)))
        .Sum(m => m.Value);

    /// <summary>A platform whose send waits until the test releases it.</summary>
    private sealed class GatedSender : IChatSender
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public bool SawCancellation { get; private set; }

        public string Platform => "telegram";

        public async Task<SendResult> SendAsync(string chatId, Reply reply, CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            await Release.Task;
            SawCancellation = cancellationToken.IsCancellationRequested;
            return SendResult.Sent;
        }
    }
}
