using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using MoocBot.Core.Facts;
using MoocBot.Hosting;

namespace MoocBot.Cli;

/// <summary>The command line: run the bot, ask a question, or work with the fact repository.</summary>
internal static class MoocBotCommandLine
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    private const string HelpText = """
        MoocBot answers questions about China's MOOC figures on Telegram, Discord and the console.

        Usage: moocbot [verb] [options]
          (no verb) [--console]      run the bot: the console chat when no platform is configured,
                                     otherwise the configured platforms (and the console with --console)
          ask "<question>"           print the reply as the console chat would
          ask --json "<question>"    print one JSON object
          ask --json [--flush]       read one question a line from standard input, print JSON Lines
                                     (buffered into a pipe or file; --flush writes each line at once)
          ask --chat <id> ...        a question in conversation <id>: "and in the west?" follows the
                                     last question asked with that id (kept in the store, 10 minutes)
          chart [<measure>] -o <file.png>
                                     write a measure's line chart (its id or a few words) as a PNG;
                                     with no measure, the headline figures side by side
          facts check                validate the fact repository against its articles
          facts diff <old> <new>     list what changed between two facts files
          facts publish              publish the current facts; subscribers get update notices
          facts suggestions [--days N] [--top N]
                                     the questions most often not answered (needs the opt-in
                                     Diagnostics:UnansweredLog:Enabled), to add as aliases
          health [--url http://host:port]
                                     check a running bot's /healthz, or (without --url) the facts
                                     and the store from here; exit code 0 healthy, 1 not
          help                       show this text
          --version                  print the version (with the git commit it was built from)

        Settings come from appsettings.json next to the executable and environment variables
        such as Telegram__BotToken; see README.md.
        """;

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var verb = args.Length > 0 && !args[0].StartsWith('-') ? args[0] : null;
        var rest = verb is null ? args : args[1..];
        if (verb is null && rest.Contains("--version"))
        {
            // Before the settings are read: the version is what an admin asks for when the settings are in doubt.
            await output.WriteLineAsync($"moocbot {Version}");
            return Ok;
        }

        IConfiguration configuration;
        try
        {
            // --console is a flag, not a setting: left in, the command-line provider would take the next argument as its value.
            configuration = BotConfiguration.Build(verb is null ? [.. args.Where(a => a != "--console")] : []);
        }
        catch (InvalidDataException ex)
        {
            await error.WriteLineAsync(BotConfiguration.Describe(ex));
            return Failure;
        }

        try
        {
            return await RunVerbAsync(verb, rest, configuration, input, output, error, cancellationToken);
        }
        catch (OptionsValidationException ex)
        {
            // One line per bad setting, naming it and what is allowed; never a value that could be a secret.
            foreach (var failure in ex.Failures)
            {
                await error.WriteLineAsync("Invalid setting: " + failure);
            }

            return Failure;
        }
    }

    private static async Task<int> RunVerbAsync(string? verb, string[] rest, IConfiguration configuration, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        switch (verb)
        {
            case null:
                if (rest.Any(a => a is "--help" or "-h"))
                {
                    await output.WriteLineAsync(HelpText);
                    return Ok;
                }

                return await BotHost.RunAsync(rest, configuration, input, output, error, cancellationToken);
            case "ask":
                return await AskVerb.RunAsync(rest, configuration, input, output, error, cancellationToken);
            case "chart":
                return await ChartVerb.RunAsync(rest, configuration, output, error, cancellationToken);
            case "facts":
                return await FactsVerb.RunAsync(rest, configuration, output, error, cancellationToken);
            case "health":
                return await HealthVerb.RunAsync(rest, configuration, output, error, cancellationToken);
            case "help":
                await output.WriteLineAsync(HelpText);
                return Ok;
            default:
                await error.WriteLineAsync($"Unknown verb '{verb}'. Run 'moocbot help' for the verbs.");
                return Usage;
        }
    }

    /// <summary>The informational version: the version, then "+" and the git commit the build came from when it was built in a clone.</summary>
    public static string Version { get; } =
        typeof(MoocBotCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(MoocBotCommandLine).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>
    /// Loads and checks the repository; on a problem writes what to fix and returns null. With
    /// <paramref name="trustRecordedPass"/> a version that already passed with this build is not checked again.
    /// </summary>
    public static FactRepository? LoadRepository(IConfiguration configuration, TextWriter error, bool trustRecordedPass = false)
    {
        var path = BotConfiguration.Facts(configuration).ResolvePath();
        try
        {
            var repository = FactRepositoryLoader.Load(path);
            return RepositoryCheck.Report(repository, path, error, trustRecordedPass) ? repository : null;
        }
        catch (FactRepositoryFormatException ex)
        {
            error.WriteLine($"The fact repository cannot be loaded: {ex.Message}");
            error.WriteLine($"Fix the file, or point Facts:Path (environment variable Facts__Path) at a valid one.");
            return null;
        }
    }
}
