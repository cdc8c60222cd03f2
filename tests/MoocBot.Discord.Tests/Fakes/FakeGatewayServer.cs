using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MoocBot.Discord.Tests.Fakes;

/// <summary>Discord's gateway on 127.0.0.1: each WebSocket connection is handed to the test, which scripts it.</summary>
internal sealed class FakeGatewayServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Channel<FakeGatewayConnection> _connections = Channel.CreateUnbounded<FakeGatewayConnection>();
    private readonly List<FakeGatewayConnection> _all = [];

    private FakeGatewayServer(WebApplication app) => _app = app;

    public Uri Url { get; private set; } = null!;

    /// <summary>A different address, as READY's resume_gateway_url; it reaches the same server.</summary>
    public Uri ResumeUrl { get; private set; } = null!;

    public int ConnectionCount
    {
        get
        {
            lock (_all)
            {
                return _all.Count;
            }
        }
    }

    public static async Task<FakeGatewayServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeGatewayServer(app);
        app.UseWebSockets();
        app.Run(server.AcceptAsync);
        await app.StartAsync();
        var address = app.Urls.First();
        server.Url = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal) + "/");
        server.ResumeUrl = new Uri(address.Replace("http://", "ws://", StringComparison.Ordinal) + "/resume");
        return server;
    }

    /// <summary>One line per connection: where it went and how it ended, for a failing test's output.</summary>
    public IReadOnlyList<string> Describe()
    {
        lock (_all)
        {
            return [.. _all.Select((c, i) => $"connection {i + 1} to {c.RequestTarget}: {c.EndedBy}")];
        }
    }

    /// <summary>The next connection the client opens.</summary>
    public Task<FakeGatewayConnection> NextConnectionAsync() =>
        _connections.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(30));

    public async ValueTask DisposeAsync()
    {
        List<FakeGatewayConnection> all;
        lock (_all)
        {
            all = [.. _all];
        }

        foreach (var connection in all)
        {
            connection.Abort();
        }

        await Task.WhenAll(all.Select(c => c.Closed)).WaitAsync(TimeSpan.FromSeconds(30));
        await _app.StopAsync();
        await _app.DisposeAsync();
        foreach (var connection in all)
        {
            connection.Dispose();
        }
    }

    private async Task AcceptAsync(HttpContext context)
    {
        if (!context.WebSockets.IsWebSocketRequest)
        {
            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        var socket = await context.WebSockets.AcceptWebSocketAsync();
        var connection = new FakeGatewayConnection(socket, context.Request.Path + context.Request.QueryString);
        lock (_all)
        {
            _all.Add(connection);
        }

        await _connections.Writer.WriteAsync(connection);
        await connection.RunAsync();
    }
}
