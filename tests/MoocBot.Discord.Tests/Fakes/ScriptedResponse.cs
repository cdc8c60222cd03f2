namespace MoocBot.Discord.Tests.Fakes;

/// <summary>A response the fake REST server gives once, to the next request matching <see cref="Method"/> and <see cref="PathPrefix"/>.</summary>
internal sealed record ScriptedResponse(string Method, string PathPrefix, int Status, string Body = "{}")
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public static ScriptedResponse TooManyRequests(string method, string pathPrefix, double retryAfter, bool global = false) =>
        new(method, pathPrefix, 429, $$"""{"message":"You are being rate limited.","retry_after":{{retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture)}},"global":{{(global ? "true" : "false")}}}""")
        {
            Headers = new Dictionary<string, string>
            {
                ["X-RateLimit-Scope"] = global ? "global" : "user",
                ["Retry-After"] = Math.Ceiling(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        };
}
