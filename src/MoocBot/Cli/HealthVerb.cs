using System.CommandLine;
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

    public static Command Create()
    {
        var url = new Option<Uri>("--url")
        {
            Description = "A running bot's address (http://host:port, or its full /healthz address); without it, check the facts and the store from here.",
            HelpName = "http://host:port",
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
                if (Uri.TryCreate(text, UriKind.Absolute, out var address) && address.Scheme is "http" or "https")
                {
                    return address;
                }

                result.AddError($"--url takes an http or https address such as http://127.0.0.1:8080, not '{text}'.");
                return null;
            },
        };
        var health = new Verb("health", "Check the health of a running bot, or of the facts and the store from here; exit code 0 healthy or degraded, 1 unhealthy.", Usage) { url };
        health.SetVerbAction((parsed, configuration, cancellationToken) =>
        {
            var (output, error) = (parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error);
            return parsed.GetValue(url) is { } address
                ? AskAsync(HealthAddress(address), output, error, cancellationToken)
                : CheckLocallyAsync(configuration, output, error, cancellationToken);
        });
        return health;
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
