using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace MoocBot.Telegram;

/// <summary>Owns the HTTP connection pool and the one <see cref="TelegramBotClient"/> of the host.</summary>
internal sealed class TelegramClientFactory : IDisposable
{
    /// <summary>
    /// Connections to the Bot API at most: the long poll holds one, sends share the rest. Without a bound, every
    /// concurrent send under load opened its own (63 at 64 concurrent updates); queued sends now wait for a free
    /// connection, which costs nothing at Telegram's own limit of about 30 messages a second.
    /// </summary>
    internal const int MaxConnections = 16;

    private readonly HttpClient _http;

    public TelegramClientFactory(IOptions<TelegramOptions> options)
    {
        var settings = options.Value;
        TelegramJson.UseGeneratedContracts();

        // A plain handler, not IHttpClientFactory: its logging handler would write request addresses,
        // and a Bot API address contains the token.
        _http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = MaxConnections,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        })
        {
            Timeout = TimeSpan.FromSeconds(100),
        };
        var baseUrl = string.Equals(settings.ApiBaseUrl.TrimEnd('/'), TelegramOptions.DefaultApiBaseUrl, StringComparison.OrdinalIgnoreCase)
            ? null
            : settings.ApiBaseUrl;

        // The client's own 429 retry is off on purpose: it would sleep outside TimeProvider and hide
        // rate limits from the notice dispatcher. TelegramReplySender waits out one retry_after for
        // replies and reports RateLimited for notices instead.
        Client = new TelegramBotClient(new TelegramBotClientOptions(settings.BotToken!, baseUrl) { RetryThreshold = 0, RetryCount = 1 }, _http);
    }

    public ITelegramBotClient Client { get; }

    public void Dispose() => _http.Dispose();
}
