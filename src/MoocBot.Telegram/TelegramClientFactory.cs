using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace MoocBot.Telegram;

/// <summary>Owns the HTTP connection pool and the one <see cref="TelegramBotClient"/> of the host.</summary>
internal sealed class TelegramClientFactory : IDisposable
{
    private readonly HttpClient _http;

    public TelegramClientFactory(IOptions<TelegramOptions> options)
    {
        var settings = options.Value;

        // A plain handler, not IHttpClientFactory: its logging handler would write request addresses,
        // and a Bot API address contains the token.
        _http = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
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
