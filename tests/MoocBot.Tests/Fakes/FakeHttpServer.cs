using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace MoocBot.Tests.Fakes;

/// <summary>An HTTP server on 127.0.0.1 that records every request and answers with <see cref="Respond"/>.</summary>
internal sealed class FakeHttpServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(string Method, string Path, byte[] Body)> _requests = new();

    private FakeHttpServer(WebApplication app)
    {
        _app = app;
    }

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>Status and JSON body for a request (method, path); 404 by default.</summary>
    public Func<string, string, (int Status, string Body)> Respond { get; set; } = (_, _) => (404, "{}");

    /// <summary>Called with each request after it is recorded.</summary>
    public Action<string, string, byte[]>? OnRequest { get; set; }

    public IReadOnlyList<(string Method, string Path, byte[] Body)> Requests => [.. _requests];

    public static async Task<FakeHttpServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var server = new FakeHttpServer(builder.Build());
        server._app.Run(server.HandleAsync);
        await server._app.StartAsync();
        server.BaseUrl = new Uri(server._app.Urls.First());
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var method = context.Request.Method;
        var path = context.Request.Path.Value ?? "/";
        _requests.Enqueue((method, path, buffer.ToArray()));
        OnRequest?.Invoke(method, path, buffer.ToArray());
        var (status, body) = Respond(method, path);
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body);
    }
}
