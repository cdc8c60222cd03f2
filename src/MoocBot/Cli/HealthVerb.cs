using System.Net;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using MoocBot.Hosting;
using MoocBot.Hosting.Health;

namespace MoocBot.Cli;

/// <summary>
/// <c>health [--url http://host:port]</c>: with --url, asks a running bot's /healthz; without, checks the fact
/// repository and the store from here. Prints the JSON report; exits 0 when healthy or degraded, 1 when not.
/// </summary>
internal static class HealthVerb
{
    public const string Usage = "Usage: moocbot health [--url http://host:port]";

    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(10);

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        switch (args)
        {
            case []:
                return await CheckLocallyAsync(configuration, output, error, cancellationToken);
            case ["--url", var url] when Uri.TryCreate(url, UriKind.Absolute, out var address) && address.Scheme is "http" or "https":
                return await AskAsync(HealthAddress(address), output, error, cancellationToken);
            default:
                await error.WriteLineAsync(Usage);
                return MoocBotCommandLine.Usage;
        }
    }

    /// <summary>The /healthz address of a bot: a bare host:port gets /healthz, a full address is used as given.</summary>
    public static Uri HealthAddress(Uri url) =>
        url.AbsolutePath.Trim('/').Length == 0 ? new Uri(url, "/healthz") : url;

    private static async Task<int> AskAsync(Uri address, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { Timeout = RequestTimeout };
        try
        {
            using var response = await http.GetAsync(address, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            await output.WriteLineAsync(body.TrimEnd());
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return MoocBotCommandLine.Ok;
            }

            await error.WriteLineAsync($"{address} answered {(int)response.StatusCode} {response.ReasonPhrase}.");
            return MoocBotCommandLine.Failure;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync($"No answer from {address}: {(ex is TaskCanceledException ? $"nothing within {RequestTimeout.TotalSeconds:0} s" : ex.Message)}");
            return MoocBotCommandLine.Failure;
        }
    }

    private static async Task<int> CheckLocallyAsync(IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var repository = MoocBotCommandLine.LoadRepository(configuration, error);
        if (repository is null)
        {
            return MoocBotCommandLine.Failure;
        }

        using var host = BotHost.BuildOffline(configuration, repository);
        var report = await host.Services.GetRequiredService<HealthCheckService>().CheckHealthAsync(cancellationToken);
        await output.WriteLineAsync(Encoding.UTF8.GetString(HealthJsonWriter.Write(report)));
        return report.Status == HealthStatus.Unhealthy ? MoocBotCommandLine.Failure : MoocBotCommandLine.Ok;
    }
}
