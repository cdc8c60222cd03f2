using System.Net;

namespace MoocBot.Discord.Rest;

/// <summary>What Discord answered to one request (after any 429 retries).</summary>
/// <param name="Status">The HTTP status.</param>
/// <param name="Body">The response body, JSON.</param>
/// <param name="RetryAfter">With 429: how long Discord asked to wait.</param>
/// <param name="ErrorCode">Discord's JSON error code (10003 Unknown Channel, 50001 Missing Access, ...).</param>
/// <param name="ErrorMessage">Discord's error message.</param>
internal sealed record DiscordApiResponse(HttpStatusCode Status, string Body, TimeSpan? RetryAfter = null, int? ErrorCode = null, string? ErrorMessage = null)
{
    public bool IsSuccess => (int)Status is >= 200 and < 300;
}
