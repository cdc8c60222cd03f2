using Microsoft.Extensions.Configuration;
using MoocBot.Hosting;

namespace MoocBot.Cli;

/// <summary><c>facts check | diff | publish</c>: work with the fact repository.</summary>
internal static class FactsVerb
{
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        switch (args.FirstOrDefault())
        {
            case "check":
                return await CheckAsync(configuration, output, error);
            default:
                await error.WriteLineAsync("Usage: moocbot facts check | facts diff <old> <new> | facts publish");
                return MoocBotCommandLine.Usage;
        }
    }

    private static async Task<int> CheckAsync(IConfiguration configuration, TextWriter output, TextWriter error)
    {
        var path = BotConfiguration.Facts(configuration).ResolvePath();
        var repository = MoocBotCommandLine.LoadRepository(configuration, error);
        if (repository is null)
        {
            return MoocBotCommandLine.Failure;
        }

        await output.WriteLineAsync($"{path}: {repository.Facts.Count} facts from {repository.Articles.Count} article(s), version {repository.Version}: no problems.");
        return MoocBotCommandLine.Ok;
    }
}
