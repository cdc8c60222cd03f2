using MoocBot.Cli;

namespace MoocBot.Tests.Cli;

/// <summary>Runs the command line in process with the given standard input, capturing both outputs.</summary>
internal static class CommandLineRunner
{
    public static async Task<(int Code, string Output, string Error)> RunAsync(string[] args, string input = "")
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await MoocBotCommandLine.RunAsync(args, new StringReader(input), output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
