using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Notices;

namespace MoocBot.Benchmarks.Notices;

/// <summary>
/// The dispatcher's own cost per delivery: claim, limit check, send to a platform that accepts at once, record as sent
/// (a SQLite write). Time is fake, so the 25-a-second limit costs nothing but its bookkeeping.
/// </summary>
[MemoryDiagnoser]
public class NoticeDispatcherBenchmarks : IDisposable
{
    private const int Chats = 1_000;

    private readonly AcceptingSender _sender = new();
    private NoticeBench? _bench;
    private FakeTimeProvider _time = null!;

    [GlobalSetup]
    public void Setup() => _bench = new NoticeBench(Chats);

    [IterationSetup]
    public void Enqueue()
    {
        _time = new FakeTimeProvider(DateTimeOffset.UnixEpoch.AddDays(1));
        _sender.Reset();
        _bench!.EnqueueAsync(_time.GetUtcNow()).GetAwaiter().GetResult();
    }

    [Benchmark(OperationsPerInvoke = Chats, Description = "one delivery (SQLite outbox)")]
    public async Task DeliverAsync()
    {
        var dispatcher = _bench!.CreateDispatcher(_sender, _time, new NoticesOptions());
        while (_sender.Accepted < Chats || dispatcher.Queued > 0)
        {
            var wait = await dispatcher.RunOnceAsync(CancellationToken.None);
            if (wait > TimeSpan.Zero)
            {
                _time.Advance(wait);
            }
        }
    }

    [GlobalCleanup]
    public void Dispose()
    {
        _bench?.Dispose();
        _bench = null;
        GC.SuppressFinalize(this);
    }
}
