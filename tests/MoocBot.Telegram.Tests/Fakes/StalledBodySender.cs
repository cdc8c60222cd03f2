using System.Net.Sockets;
using System.Text;

namespace MoocBot.Telegram.Tests.Fakes;

/// <summary>
/// Plays a client that sends the headers and the first bytes of a body, then stops: a server's minimum body data rate
/// ends such a request. Shared with the Discord tests (linked into that project).
/// </summary>
public static class StalledBodySender
{
    /// <summary>Posts to <paramref name="endpoint"/>, promising 1,000 bytes and sending 13; returns the server's status line, or null if it closed without one.</summary>
    public static async Task<string?> PostAsync(Uri endpoint, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        ArgumentNullException.ThrowIfNull(headers);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(endpoint.Host, endpoint.Port, cancellationToken);
        var stream = tcp.GetStream();
        var head = new StringBuilder()
            .Append($"POST {endpoint.PathAndQuery} HTTP/1.1\r\nHost: {endpoint.Authority}\r\n")
            .Append("Content-Type: application/json\r\nContent-Length: 1000\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append($"{name}: {value}\r\n");
        }

        await stream.WriteAsync(Encoding.ASCII.GetBytes(head.Append("\r\n{\"update_id\":").ToString()), cancellationToken);
        using var reader = new StreamReader(stream, Encoding.ASCII);
        try
        {
            return await reader.ReadLineAsync(cancellationToken);
        }
        catch (IOException)
        {
            return null;
        }
    }
}
