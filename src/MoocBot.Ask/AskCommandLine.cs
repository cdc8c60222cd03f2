using System.Reflection;
using Microsoft.Extensions.Options;
using MoocBot.Core;
using MoocBot.Core.Asking;
using MoocBot.Core.Settings;

namespace MoocBot.Ask;

/// <summary>
/// <c>moocbot-ask</c>: <c>moocbot ask --json</c> (and <c>moocbot explain</c>) with nothing but Core compiled in. The
/// answering itself is <see cref="JsonAsk"/>, the composition moocbot's verbs run, so both print the same bytes.
/// </summary>
internal static class AskCommandLine
{
    public const int Usage = 2;

    private const string Help = """
        moocbot-ask: MoocBot's answers as JSON, as moocbot ask --json prints them, from a small native executable.

        Usage:
          moocbot-ask [--json] [--flush] [<question>...]
          moocbot-ask --explain <question>...

        Arguments:
          <question>  The question; its words may be given unquoted. Without one, each line of standard input is a
                      question and each answer one JSON line (JSON Lines), in order.

        Options:
          --json      Accepted as moocbot ask takes it; the answer is always JSON.
          --flush     With questions from standard input: write each line as it is answered, also into a pipe or file.
          --explain   Show why the question gets its answer, as moocbot explain does.
          --version   Show the version.
          -h, --help  Show this help.

        Settings are read as moocbot reads them: appsettings.json next to the executable, then environment variables
        (Facts__Path). Other verbs, and ask with --chat or without --json, are moocbot's.
        """;

    /// <summary>"1.0.0+commit": the informational version, with the git commit when built in a clone.</summary>
    public static string Version { get; } =
        typeof(AskCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(AskCommandLine).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public static async Task<int> RunAsync(string[] args, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var arguments = AskArguments.Parse(args);
        StartupTrace.Mark("parsed");
        if (arguments.Error is { } problem)
        {
            await error.WriteLineAsync(problem);
            await error.WriteLineAsync(AskArguments.Usage);
            await error.WriteLineAsync("Run 'moocbot-ask --help' for the options.");
            return Usage;
        }

        if (arguments.Help)
        {
            await output.WriteLineAsync(Help);
            return JsonAsk.Ok;
        }

        if (arguments.Version)
        {
            await output.WriteLineAsync("moocbot-ask " + Version);
            return JsonAsk.Ok;
        }

        string factsPath;
        try
        {
            factsPath = AskSettings.ReadFacts(AskSettings.Build()).ResolvePath();
            StartupTrace.Mark("settings read");
        }
        catch (InvalidDataException ex)
        {
            await error.WriteLineAsync(SettingsFile.Describe(ex));
            return JsonAsk.Failure;
        }
        catch (OptionsValidationException ex)
        {
            await error.WriteLineAsync(SettingsFile.Describe(ex));
            return JsonAsk.Failure;
        }

        return arguments.Explain
            ? await JsonAsk.ExplainAsync(factsPath, arguments.Question, output, error)
            : await JsonAsk.RunAsync(factsPath, arguments.Question, arguments.Flush, input, output, error, cancellationToken);
    }
}
