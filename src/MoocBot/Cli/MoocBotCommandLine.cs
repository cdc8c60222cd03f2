using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using MoocBot.Core;
using MoocBot.Core.Facts;
using MoocBot.Core.Settings;
using MoocBot.Hosting;

namespace MoocBot.Cli;

/// <summary>
/// The command line (System.CommandLine): run the bot, ask a question, or work with the fact repository. Help, parse
/// errors (exit code 2), the <c>[suggest]</c> completion directive and <c>--version</c> come in the form .NET tools share.
/// </summary>
internal static class MoocBotCommandLine
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int Usage = 2;

    /// <summary>No response files: a question such as "@moocbot how many MOOCs?" is text, not a file to read arguments from.</summary>
    private static readonly ParserConfiguration Parser = new() { ResponseFileTokenReplacer = null };

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        var parsed = CreateRoot(input).Parse(args, Parser);
        StartupTrace.Mark("parsed");
        if (parsed.Action is ParseErrorAction)
        {
            await WriteParseErrorsAsync(parsed, error);
            return Usage;
        }

        // The host stops on Ctrl+C and SIGTERM itself, within Hosting:ShutdownTimeout; the parser must not cut that short.
        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        return await parsed.InvokeAsync(invocation, cancellationToken);
    }

    /// <summary>The verbs, each reading the settings only when it runs (help, completion and --version read none).</summary>
    public static RootCommand CreateRoot(TextReader input)
    {
        var root = RunVerb.Create(input);
        root.Add(AskVerb.Create(input));
        root.Add(ExplainVerb.Create());
        root.Add(ChartVerb.Create());
        root.Add(FactsVerb.Create());
        root.Add(HealthVerb.Create());
        var help = new Command("help", "Show this help.");
        help.SetAction(parsed => root.Parse(["--help"], Parser).Invoke(parsed.InvocationConfiguration));
        root.Add(help);

        foreach (var helpOption in root.Options.OfType<HelpOption>())
        {
            if (helpOption.Action is SynchronousCommandLineAction standard)
            {
                helpOption.Action = new VerbHelpAction(standard);
            }
        }

        foreach (var version in root.Options.OfType<VersionOption>())
        {
            version.Action = new VersionAction();
        }

        return root;
    }

    /// <summary>Runs a verb with the settings (appsettings.json, environment variables, <paramref name="commandLineSettings"/>); a bad setting is one line each, exit code 1.</summary>
    public static void SetVerbAction(this Command command, Func<ParseResult, IConfiguration, CancellationToken, Task<int>> run, Func<ParseResult, string[]>? commandLineSettings = null) =>
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var error = parsed.InvocationConfiguration.Error;
            IConfiguration configuration;
            try
            {
                configuration = BotConfiguration.Build(commandLineSettings?.Invoke(parsed) ?? []);
                StartupTrace.Mark("settings read");
            }
            catch (InvalidDataException ex)
            {
                await error.WriteLineAsync(SettingsFile.Describe(ex));
                return Failure;
            }

            try
            {
                return await run(parsed, configuration, cancellationToken);
            }
            catch (OptionsValidationException ex)
            {
                await error.WriteLineAsync(SettingsFile.Describe(ex));
                return Failure;
            }
        });

    /// <summary>What was wrong, then the verb's usage (unless an error is the usage) and where to read more.</summary>
    private static async Task WriteParseErrorsAsync(ParseResult parsed, TextWriter error)
    {
        var messages = parsed.Errors.Select(e => e.Message).Distinct().ToList();
        foreach (var message in messages)
        {
            await error.WriteLineAsync(message);
        }

        if (messages.Any(m => m.StartsWith("Usage:", StringComparison.Ordinal)))
        {
            return;
        }

        var command = parsed.CommandResult.Command;
        if (command is Verb verb)
        {
            await error.WriteLineAsync(verb.Usage);
        }

        var path = string.Join(' ', ParentsAndSelf(parsed.CommandResult.Command).Skip(1).Select(c => c.Name));
        await error.WriteLineAsync(path.Length == 0
            ? "Run 'moocbot help' for the verbs."
            : $"Run 'moocbot {path} --help' for its options, or 'moocbot help' for the verbs.");
    }

    private static Stack<Command> ParentsAndSelf(Command command)
    {
        var chain = new Stack<Command>();
        for (Symbol? symbol = command; symbol is Command current; symbol = current.Parents.FirstOrDefault())
        {
            chain.Push(current);
        }

        return chain;
    }

    /// <summary>The informational version: the version, then "+" and the git commit the build came from when it was built in a clone.</summary>
    public static string Version { get; } =
        typeof(MoocBotCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(MoocBotCommandLine).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>
    /// Loads and checks the repository named by the settings; on a problem writes what to fix and returns null. With
    /// <paramref name="trustRecordedPass"/> a version that already passed with this build is not checked again.
    /// </summary>
    public static FactRepository? LoadRepository(IConfiguration configuration, TextWriter error, bool trustRecordedPass = false) =>
        RepositoryCheck.Load(BotConfiguration.ReadFacts(configuration).ResolvePath(), error, trustRecordedPass);

    /// <summary>The standard help, then the one-line usage of the verb and of each verb under it.</summary>
    private sealed class VerbHelpAction(SynchronousCommandLineAction standard) : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            standard.Invoke(parseResult);
            var command = parseResult.CommandResult.Command;
            var verbs = new[] { command }.Concat(command.Subcommands).Concat(command.Subcommands.SelectMany(c => c.Subcommands)).OfType<Verb>().Where(v => v.Subcommands.Count == 0).ToList();
            if (verbs.Count > 0)
            {
                var output = parseResult.InvocationConfiguration.Output;
                output.WriteLine("Usage of each verb:");
                foreach (var verb in verbs)
                {
                    output.WriteLine("  " + verb.Usage["Usage: ".Length..]);
                }

                output.WriteLine();
            }

            return Ok;
        }
    }

    /// <summary>"moocbot 1.0.0+commit", before any setting is read: the version is what an admin asks for when the settings are in doubt.</summary>
    private sealed class VersionAction : SynchronousCommandLineAction
    {
        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine($"moocbot {Version}");
            return Ok;
        }
    }
}
