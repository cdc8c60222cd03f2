using System.Collections.Concurrent;
using System.Globalization;
using System.Net.Http.Headers;

namespace MoocBot.Discord.Rest;

/// <summary>
/// Discord's rate limits: one queue per bucket (learned from X-RateLimit-Bucket, per top-level resource),
/// waiting when X-RateLimit-Remaining reaches 0 until X-RateLimit-Reset-After has passed, the global
/// 50 requests a second, and the waits a 429 orders (global or per bucket).
/// </summary>
internal sealed class DiscordRateLimiter(TimeProvider timeProvider)
{
    public const int GlobalRequestsPerSecond = 50;
    private static readonly TimeSpan GlobalWindow = TimeSpan.FromSeconds(1);

    private readonly ConcurrentDictionary<string, string> _bucketHashes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RateLimitBucket> _buckets = new(StringComparer.Ordinal);
    private readonly Lock _globalLock = new();
    private readonly Queue<DateTimeOffset> _recentGlobal = new();
    private DateTimeOffset _globalBlockedUntil;

    /// <summary>Waits until a request on <paramref name="route"/> may go out; dispose the lease once its response is read.</summary>
    public async Task<RateLimitLease> AcquireAsync(DiscordRoute route, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(route);
        var bucket = BucketFor(route);
        await bucket.Gate.WaitAsync(cancellationToken);
        try
        {
            var wait = bucket.TimeUntilAvailable(timeProvider.GetUtcNow());
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, timeProvider, cancellationToken);
            }

            if (route.CountsGlobally)
            {
                await WaitForGlobalAsync(cancellationToken);
            }

            return new RateLimitLease(bucket);
        }
        catch
        {
            bucket.Gate.Release();
            throw;
        }
    }

    /// <summary>Records what a response's X-RateLimit-* headers say.</summary>
    public void Update(DiscordRoute route, RateLimitLease lease, HttpResponseHeaders headers)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(headers);
        if (Header(headers, "X-RateLimit-Bucket") is { Length: > 0 } hash)
        {
            _bucketHashes[route.RouteKey] = hash;
        }

        var remaining = int.TryParse(Header(headers, "X-RateLimit-Remaining"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var r) ? r : (int?)null;
        var resetAfter = double.TryParse(Header(headers, "X-RateLimit-Reset-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : (TimeSpan?)null;
        if (remaining is null || resetAfter is null)
        {
            return;
        }

        var resetAt = timeProvider.GetUtcNow() + resetAfter.Value;
        lease.Bucket.Set(remaining.Value, resetAt);
        var shared = BucketFor(route);
        if (!ReferenceEquals(shared, lease.Bucket))
        {
            shared.Set(remaining.Value, resetAt);
        }
    }

    /// <summary>After a 429: no request on the bucket (or, when global, on any route) until <paramref name="retryAfter"/> has passed.</summary>
    public void RateLimited(DiscordRoute route, RateLimitLease lease, TimeSpan retryAfter, bool global)
    {
        ArgumentNullException.ThrowIfNull(route);
        ArgumentNullException.ThrowIfNull(lease);
        var until = timeProvider.GetUtcNow() + retryAfter;
        if (global)
        {
            lock (_globalLock)
            {
                if (until > _globalBlockedUntil)
                {
                    _globalBlockedUntil = until;
                }
            }

            return;
        }

        lease.Bucket.Set(0, until);
        var shared = BucketFor(route);
        if (!ReferenceEquals(shared, lease.Bucket))
        {
            shared.Set(0, until);
        }
    }

    private RateLimitBucket BucketFor(DiscordRoute route)
    {
        var key = _bucketHashes.TryGetValue(route.RouteKey, out var hash)
            ? hash + "|" + route.MajorParameter
            : route.RouteKey + "|" + route.MajorParameter;
        return _buckets.GetOrAdd(key, static _ => new RateLimitBucket());
    }

    private async Task WaitForGlobalAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_globalLock)
            {
                var now = timeProvider.GetUtcNow();
                if (_globalBlockedUntil > now)
                {
                    wait = _globalBlockedUntil - now;
                }
                else
                {
                    while (_recentGlobal.Count > 0 && _recentGlobal.Peek() <= now - GlobalWindow)
                    {
                        _recentGlobal.Dequeue();
                    }

                    if (_recentGlobal.Count < GlobalRequestsPerSecond)
                    {
                        _recentGlobal.Enqueue(now);
                        return;
                    }

                    wait = _recentGlobal.Peek() + GlobalWindow - now;
                }
            }

            await Task.Delay(wait, timeProvider, cancellationToken);
        }
    }

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
