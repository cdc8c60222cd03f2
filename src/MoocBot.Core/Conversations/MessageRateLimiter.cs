using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace MoocBot.Core.Conversations;

/// <summary>
/// Per-user and per-chat fixed windows over <see cref="FixedWindowRateLimiter"/>. The windows are
/// replenished from <see cref="TimeProvider"/> rather than the limiter's own timer, so tests control time.
/// </summary>
public sealed class MessageRateLimiter(IOptions<RateLimitOptions> options, TimeProvider timeProvider) : IDisposable
{
    private const int SweepEvery = 1024;
    private readonly RateLimitOptions _options = options.Value;
    private readonly ConcurrentDictionary<string, Window> _windows = new(StringComparer.Ordinal);
    private int _checks;

    /// <summary>Counts one message against its user and its chat.</summary>
    public RateDecision Check(ChatMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!_options.Enabled)
        {
            return RateDecision.Allowed;
        }

        var now = timeProvider.GetUtcNow();
        if (Interlocked.Increment(ref _checks) % SweepEvery == 0)
        {
            Sweep(now);
        }

        var user = Acquire($"u:{message.Platform}:{message.UserId}", _options.PerUser, now);
        var chat = Acquire($"c:{message.Platform}:{message.ChatId}", _options.PerChat, now);
        if (user == RateDecision.Allowed && chat == RateDecision.Allowed)
        {
            return RateDecision.Allowed;
        }

        return user == RateDecision.FirstExcess || chat == RateDecision.FirstExcess ? RateDecision.FirstExcess : RateDecision.Dropped;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        foreach (var window in _windows.Values)
        {
            window.Limiter.Dispose();
        }

        _windows.Clear();
    }

    private RateDecision Acquire(string key, int limit, DateTimeOffset now)
    {
        var window = _windows.GetOrAdd(key, _ => new Window(new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = limit,
            QueueLimit = 0,
            // The real window is kept by TimeProvider below; the limiter's own window only has to be
            // short enough that a manual TryReplenish always takes effect.
            Window = TimeSpan.FromTicks(1),
            AutoReplenishment = false,
        }), now));

        lock (window)
        {
            if (now - window.Start >= _options.Window)
            {
                window.Limiter.TryReplenish();
                window.Start = now;
                window.Warned = false;
            }

            using var lease = window.Limiter.AttemptAcquire();
            if (lease.IsAcquired)
            {
                return RateDecision.Allowed;
            }

            if (window.Warned)
            {
                return RateDecision.Dropped;
            }

            window.Warned = true;
            return RateDecision.FirstExcess;
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (key, window) in _windows)
        {
            if (now - window.Start >= _options.Window + _options.Window && _windows.TryRemove(key, out var removed))
            {
                removed.Limiter.Dispose();
            }
        }
    }

    private sealed class Window(FixedWindowRateLimiter limiter, DateTimeOffset start)
    {
        public FixedWindowRateLimiter Limiter { get; } = limiter;

        public DateTimeOffset Start { get; set; } = start;

        public bool Warned { get; set; }
    }
}
