using System.Globalization;
using Microsoft.Extensions.Logging.Testing;

namespace MoocBot.Core.Tests;

/// <summary>
/// A <see cref="FakeLogCollector"/> of every record a host writes, and a wait for a particular one; shared with the
/// other test projects.
/// </summary>
internal sealed class FakeLogs : IDisposable
{
    private readonly Lock _lock = new();
    private TaskCompletionSource _next = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public FakeLogs()
    {
        // The collector calls the sink after it has stored the record, so a woken waiter finds it.
        Collector = FakeLogCollector.Create(new FakeLogCollectorOptions { OutputSink = _ => Wake() });
        Provider = new FakeLoggerProvider(Collector);
    }

    public FakeLogCollector Collector { get; }

    /// <summary>What to add to a logging builder.</summary>
    public FakeLoggerProvider Provider { get; }

    public IReadOnlyList<FakeLogRecord> Records => Collector.GetSnapshot();

    /// <summary>Each record's <see cref="FullText"/>.</summary>
    public IReadOnlyList<string> Lines => [.. Records.Select(FullText)];

    /// <summary>Everything a log sink could write for the record: level, category, event, message, each structured value, the scopes and the exception with its stack.</summary>
    public static string FullText(FakeLogRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return string.Join(" | ",
        [
            $"{record.Level} {record.Category}[{record.Id.Id}] {record.Message}",
            .. (record.StructuredState ?? []).Select(p => p.Key + "=" + p.Value),
            .. record.Scopes.Select(s => "scope: " + Convert.ToString(s, CultureInfo.InvariantCulture)),
            record.Exception?.ToString() ?? string.Empty,
        ]);
    }

    /// <summary>The first record (already collected or still to come) that matches.</summary>
    public async Task<FakeLogRecord> WaitForAsync(Func<FakeLogRecord, bool> match, TimeSpan? timeout = null)
    {
        using var patience = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            Task next;
            lock (_lock)
            {
                next = _next.Task;
            }

            if (Records.FirstOrDefault(match) is { } record)
            {
                return record;
            }

            await next.WaitAsync(patience.Token);
        }
    }

    public void Dispose() => Provider.Dispose();

    private void Wake()
    {
        TaskCompletionSource woken;
        lock (_lock)
        {
            woken = _next;
            _next = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        woken.TrySetResult();
    }
}
