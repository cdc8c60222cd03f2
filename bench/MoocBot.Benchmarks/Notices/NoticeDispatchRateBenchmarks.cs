using System.Diagnostics;
using System.Globalization;
using BenchmarkDotNet.Attributes;
using MoocBot.Core.Notices;

namespace MoocBot.Benchmarks.Notices;

/// <summary>
/// The rate achieved on the real clock against Telegram's configured 25 messages a second: 251 deliveries are
/// ten full seconds of sends (a burst of 25 each second, plus the first of the eleventh), so the achieved rate is
/// 250 / (last send − first send). Printed at the end of the run; the goal is at least 95% of the limit.
/// </summary>
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3, invocationCount: 1)]
public class NoticeDispatchRateBenchmarks : IDisposable
{
    private const int Deliveries = 251;

    private readonly AcceptingSender _sender = new() { RecordTimes = true };
    private readonly List<double> _rates = [];
    private NoticeBench? _bench;

    [GlobalSetup]
    public void Setup() => _bench = new NoticeBench(Deliveries);

    [IterationSetup]
    public void Enqueue()
    {
        _sender.Reset();
        _bench!.EnqueueAsync(TimeProvider.System.GetUtcNow()).GetAwaiter().GetResult();
    }

    [Benchmark(Description = "251 deliveries at 25/s, real clock")]
    public async Task DeliverAtTheLimitAsync()
    {
        var dispatcher = _bench!.CreateDispatcher(_sender, TimeProvider.System, new NoticesOptions());
        while (_sender.Accepted < Deliveries || dispatcher.Queued > 0)
        {
            var wait = await dispatcher.RunOnceAsync(CancellationToken.None);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }
        }

        var span = Stopwatch.GetElapsedTime(_sender.Timestamps[0], _sender.Timestamps[^1]);
        _rates.Add((Deliveries - 1) / span.TotalSeconds);
    }

    [GlobalCleanup]
    public void Dispose()
    {
        if (_bench is null)
        {
            return;
        }

        _bench.Dispose();
        _bench = null;
        GC.SuppressFinalize(this);
        var limit = new NoticesOptions().Telegram.MessagesPerSecond;
        foreach (var rate in _rates)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"// Achieved notice rate: {rate:F2} messages/s = {100 * rate / limit:F1}% of the configured {limit}/s"));
        }
    }
}
