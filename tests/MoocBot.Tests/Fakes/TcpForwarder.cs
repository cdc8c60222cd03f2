using System.Net;
using System.Net.Sockets;

namespace MoocBot.Tests.Fakes;

/// <summary>
/// A port on 127.0.0.1 that refuses connections until <see cref="Open"/>, then forwards each to a real server: a
/// database "down" at start that comes up later, with nothing faked about the protocol.
/// </summary>
internal sealed class TcpForwarder : IDisposable
{
    private readonly IPEndPoint _target;
    private readonly CancellationTokenSource _stopping = new();
    private TcpListener? _listener;

    public TcpForwarder(IPEndPoint target)
    {
        _target = target;
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        Port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
    }

    public int Port { get; }

    public void Open()
    {
        _listener = new TcpListener(IPAddress.Loopback, Port);
        _listener.Start();
        _ = AcceptAsync(_listener, _stopping.Token);
    }

    public void Dispose()
    {
        _stopping.Cancel();
        _listener?.Stop();
        _stopping.Dispose();
    }

    private async Task AcceptAsync(TcpListener listener, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(cancellationToken);
            }
            catch (Exception ex) when (ex is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            _ = ForwardAsync(client, cancellationToken);
        }
    }

    private async Task ForwardAsync(TcpClient client, CancellationToken cancellationToken)
    {
        using (client)
        using (var server = new TcpClient())
        {
            try
            {
                await server.ConnectAsync(_target, cancellationToken);
                using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                await Task.WhenAny(
                    client.GetStream().CopyToAsync(server.GetStream(), linked.Token),
                    server.GetStream().CopyToAsync(client.GetStream(), linked.Token));
                await linked.CancelAsync();
            }
            catch (Exception ex) when (ex is OperationCanceledException or IOException or SocketException or ObjectDisposedException)
            {
                // The connection ended; the client sees it closed.
            }
        }
    }
}
