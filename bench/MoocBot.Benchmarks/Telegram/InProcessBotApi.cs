using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace MoocBot.Benchmarks.Telegram;

/// <summary>
/// The Bot API as an <see cref="HttpMessageHandler"/>: it reads each request's body whole, as the socket would, and
/// answers getMe and sendMessage with Telegram's shapes. No socket and no server, so a benchmark's allocations are the
/// bot's own; what <see cref="SocketsHttpHandler"/> adds on the wire is left out.
/// </summary>
internal sealed class InProcessBotApi : HttpMessageHandler
{
    private static readonly byte[] Me = Encoding.UTF8.GetBytes(
        """{"ok":true,"result":{"id":1,"is_bot":true,"first_name":"MoocBot","username":"MoocTestBot"}}""");

    private static readonly byte[] Sent = Encoding.UTF8.GetBytes(
        """{"ok":true,"result":{"message_id":7,"from":{"id":1,"is_bot":true,"first_name":"MoocBot","username":"MoocTestBot"},"chat":{"id":42,"first_name":"Alice","type":"private"},"date":1764892800,"text":"ok"}}""");

    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly MemoryStream _body = new();

    /// <summary>How many sendMessage requests arrived; a benchmark checks its updates were answered.</summary>
    public int SentMessages { get; private set; }

    /// <summary>The body of the last request, for checking what was sent.</summary>
    public string LastBody => Encoding.UTF8.GetString(_body.GetBuffer(), 0, (int)_body.Length);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _body.SetLength(0);
        if (request.Content is { } content)
        {
            await content.CopyToAsync(_body, cancellationToken);
        }

        var path = request.RequestUri!.AbsolutePath;
        byte[] answer;
        if (path.EndsWith("/getMe", StringComparison.Ordinal))
        {
            answer = Me;
        }
        else if (path.EndsWith("/sendMessage", StringComparison.Ordinal))
        {
            SentMessages++;
            answer = Sent;
        }
        else
        {
            throw new InvalidOperationException($"The benchmark's Bot API does not serve {path}.");
        }

        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new ByteArrayContent(answer), RequestMessage = request };
        response.Content.Headers.ContentType = Json;
        return response;
    }
}
