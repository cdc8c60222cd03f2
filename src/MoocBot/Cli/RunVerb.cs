using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MoocBot.Hosting;
using MoocBot.Terminal;

namespace MoocBot.Cli;

/// <summary>No verb: run the bot, with the console chat when no platform is configured or with --console.</summary>
internal static class RunVerb
{
    public static RootCommand Create(TextReader input)
    {
        var console = new Option<bool>("--console") { Description = "Keep the console chat on beside the configured platforms." };
        var urls = new Option<string>("--urls")
        {
            Description = "Where to serve the webhooks and /healthz, e.g. http://0.0.0.0:8080 (;-separated).",
            HelpName = "address",
        };
        var root = new RootCommand(
            "MoocBot answers questions about China's MOOC figures on Telegram, Discord and the console. With no verb it runs "
            + "the bot: the console chat when no platform is configured, otherwise the configured platforms. Settings come from "
            + "appsettings.json next to the executable and environment variables such as Telegram__BotToken; see README.md.")
        {
            console,
            urls,
        };
        root.HelpName = "moocbot";

        // --urls is a setting too (Urls): the host and the settings check read it from the configuration.
        root.SetVerbAction(
            (parsed, configuration, cancellationToken) => RunAsync(parsed.GetValue(console), parsed.GetValue(urls), configuration, input, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, cancellationToken),
            parsed => parsed.GetValue(urls) is { } address ? ["--urls", address] : []);
        return root;
    }

    public static async Task<int> RunAsync(bool console, string? urls, IConfiguration configuration, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        MallocTuning.ApplyForBot();
        var repository = MoocBotCommandLine.LoadRepository(configuration, error);
        if (repository is null)
        {
            return MoocBotCommandLine.Failure;
        }

        var withConsole = console || !BotHost.AnyPlatform(configuration);
        string[] hostArgs = urls is null ? [] : ["--urls", urls];
        using var host = BotHost.Build(hostArgs, configuration, repository, withConsole ? new ConsoleChatStreams(input, output, !Console.IsInputRedirected) : null);
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopped while starting: Ctrl+C, or the console's input ended before the host was up.
            return MoocBotCommandLine.Ok;
        }
        catch (Exception ex) when (ex is not OptionsValidationException)
        {
            // Settings are validated before this; what is left (an address already in use, say) still gets one line, not a stack trace.
            await error.WriteLineAsync($"MoocBot cannot start: {ex.GetBaseException().Message}");
            return MoocBotCommandLine.Failure;
        }

        await host.WaitForShutdownAsync(cancellationToken);
        return MoocBotCommandLine.Ok;
    }
}
