namespace MoocBot.Discord.Rest;

/// <summary>The right to send one request on a bucket; disposing lets the next one go.</summary>
internal sealed class RateLimitLease(RateLimitBucket bucket) : IDisposable
{
    private int _disposed;

    public RateLimitBucket Bucket { get; } = bucket;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            Bucket.Gate.Release();
        }
    }
}
