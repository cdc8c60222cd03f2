using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoocBot.Core.Diagnostics;
using MoocBot.Discord.Models;

namespace MoocBot.Discord.Rest;

/// <summary>
/// Discord's REST API over HttpClient: bot authorization, the DiscordBot User-Agent, the rate limits of
/// <see cref="DiscordRateLimiter"/>, and a retry after a 429 only. A request that timed out or lost its
/// connection is never sent again by this client, since Discord may have acted on it (a duplicate message).
/// </summary>
internal sealed class DiscordRestClient(
    IHttpClientFactory httpClientFactory,
    DiscordRateLimiter rateLimiter,
    IOptions<DiscordOptions> options,
    BotHealth health,
    MoocBotMetrics metrics,
    ILogger<DiscordRestClient> logger)
{
    public const string HttpClientName = "MoocBot.Discord";
    public const int MaxAttempts = 4;
    public const string UserAgent = "DiscordBot (https://github.com/moocbot/moocbot, 1.0)";

    /// <summary>A 429 asking for a longer wait is handed back to the caller (notices reschedule) instead of blocking.</summary>
    public static readonly TimeSpan MaxRetryWait = TimeSpan.FromSeconds(30);

    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    public Task<DiscordApiResponse> CreateMessageAsync(string channelId, DiscordMessagePayload message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"channels/{channelId}/messages", MessageContent(message), cancellationToken);

    /// <summary>Edits the response to an interaction that was deferred (PATCH .../messages/@original).</summary>
    public Task<DiscordApiResponse> EditOriginalResponseAsync(string interactionToken, DiscordMessagePayload message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Patch, $"webhooks/{options.Value.ApplicationId}/{interactionToken}/messages/@original", MessageContent(message), cancellationToken);

    /// <summary>Deletes the response to an interaction (DELETE .../messages/@original), e.g. a public "thinking..." whose answer turned out private.</summary>
    public Task<DiscordApiResponse> DeleteOriginalResponseAsync(string interactionToken, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Delete, $"webhooks/{options.Value.ApplicationId}/{interactionToken}/messages/@original", (byte[]?)null, cancellationToken);

    /// <summary>Sends a follow-up message to an interaction (POST /webhooks/{application}/{token}); flags 64 makes it ephemeral.</summary>
    public Task<DiscordApiResponse> CreateFollowupMessageAsync(string interactionToken, DiscordMessagePayload message, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Post, $"webhooks/{options.Value.ApplicationId}/{interactionToken}", MessageContent(message), cancellationToken);

    /// <summary>
    /// The commands registered now, or null when Discord did not answer with a list of them (an error, or a body that is
    /// not one): the caller then registers its own, instead of the bot stopping over one odd answer.
    /// </summary>
    public async Task<IReadOnlyList<ApplicationCommand>?> GetCommandsAsync(CancellationToken cancellationToken)
    {
        var response = await SendAsync(HttpMethod.Get, CommandsPath(), (byte[]?)null, cancellationToken);
        if (!response.IsSuccess)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(response.Body, DiscordJsonContext.Default.ListApplicationCommand);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Replaces all commands at once (PUT), globally or in <see cref="DiscordOptions.GuildId"/>.</summary>
    public Task<DiscordApiResponse> OverwriteCommandsAsync(IReadOnlyList<ApplicationCommand> commands, CancellationToken cancellationToken) =>
        SendAsync(HttpMethod.Put, CommandsPath(), Serialize([.. commands], DiscordJsonContext.Default.ListApplicationCommand), cancellationToken);

    /// <summary>Sends one request with a JSON body (or none), waiting for the rate limits; retries only after a 429.</summary>
    public Task<DiscordApiResponse> SendAsync(HttpMethod method, string path, byte[]? jsonBody, CancellationToken cancellationToken) =>
        SendAsync(method, path, jsonBody is null ? null : () => JsonContent(jsonBody), cancellationToken);

    /// <summary>Sends one request, waiting for the rate limits; retries only after a 429, with a fresh body from <paramref name="content"/>.</summary>
    public async Task<DiscordApiResponse> SendAsync(HttpMethod method, string path, Func<HttpContent>? content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(path);
        var route = DiscordRoute.For(method, path);
        var address = new Uri(options.Value.ApiBaseUrl.AbsoluteUri.TrimEnd('/') + "/" + path.TrimStart('/'));
        var http = httpClientFactory.CreateClient(HttpClientName);
        for (var attempt = 1; ; attempt++)
        {
            using var lease = await rateLimiter.AcquireAsync(route, cancellationToken);
            using var request = new HttpRequestMessage(method, address);
            request.Headers.Authorization = new AuthenticationHeaderValue("Bot", options.Value.BotToken);
            request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
            request.Content = content?.Invoke();

            HttpResponseMessage sent;
            try
            {
                sent = await http.SendAsync(request, cancellationToken);
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                health.Failed(DiscordHealth.Rest, $"{route.RouteKey}: {ex.GetType().Name}");
                throw;
            }

            using var response = sent;
            rateLimiter.Update(route, lease, response.Headers);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                health.Succeeded(DiscordHealth.Rest);
                return new DiscordApiResponse(response.StatusCode, body);
            }

            var error = ParseError(body);
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                Log.RequestFailed(logger, route.RouteKey, (int)response.StatusCode, error?.Code, error?.Message);
                health.Failed(DiscordHealth.Rest, $"{route.RouteKey} answered {(int)response.StatusCode}");
                return new DiscordApiResponse(response.StatusCode, body, null, error?.Code, error?.Message);
            }

            metrics.RateLimited(DiscordPlatform.Name);
            var retryAfter = RetryAfter(error, response);
            var global = error?.Global == true
                || string.Equals(Header(response, "X-RateLimit-Global"), "true", StringComparison.OrdinalIgnoreCase)
                || string.Equals(Header(response, "X-RateLimit-Scope"), "global", StringComparison.OrdinalIgnoreCase);
            rateLimiter.RateLimited(route, lease, retryAfter, global);
            if (attempt >= MaxAttempts || retryAfter > MaxRetryWait)
            {
                Log.RateLimitedGivingUp(logger, route.RouteKey, retryAfter, attempt);
                health.Failed(DiscordHealth.Rest, $"{route.RouteKey} rate limited for {retryAfter}");
                return new DiscordApiResponse(response.StatusCode, body, retryAfter, error?.Code, error?.Message);
            }

            Log.RateLimited(logger, route.RouteKey, retryAfter, global);
        }
    }

    private string CommandsPath() => options.Value.GuildId is { Length: > 0 } guildId
        ? $"applications/{options.Value.ApplicationId}/guilds/{guildId}/commands"
        : $"applications/{options.Value.ApplicationId}/commands";

    private static byte[] Serialize<T>(T value, JsonTypeInfo<T> typeInfo) => JsonSerializer.SerializeToUtf8Bytes(value, typeInfo);

    private static ByteArrayContent JsonContent(byte[] json)
    {
        var content = new ByteArrayContent(json);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    /// <summary>
    /// A message's body: JSON, or, with a picture to upload, multipart/form-data with the JSON as payload_json and the
    /// picture as files[0] (Discord's documented way to upload files with a message).
    /// </summary>
    private static Func<HttpContent> MessageContent(DiscordMessagePayload message)
    {
        var json = Serialize(message, DiscordJsonContext.Default.DiscordMessagePayload);
        if (message.Upload is not { } upload)
        {
            return () => JsonContent(json);
        }

        return () =>
        {
            var file = new ReadOnlyMemoryContent(upload.Png);
            file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            return new MultipartFormDataContent
            {
                { JsonContent(json), "payload_json" },
                { file, "files[0]", upload.FileName },
            };
        };
    }

    private static DiscordError? ParseError(string body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(body, DiscordJsonContext.Default.DiscordError);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static TimeSpan RetryAfter(DiscordError? error, HttpResponseMessage response)
    {
        if (error?.RetryAfter is { } seconds && seconds >= 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        if (double.TryParse(Header(response, "Retry-After"), NumberStyles.Float, CultureInfo.InvariantCulture, out var header) && header >= 0)
        {
            return TimeSpan.FromSeconds(header);
        }

        return DefaultRetryAfter;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
