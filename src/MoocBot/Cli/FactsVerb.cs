using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MoocBot.Core.Facts;
using MoocBot.Core.Notices;
using MoocBot.Hosting;

namespace MoocBot.Cli;

/// <summary><c>facts check | diff | publish | suggestions</c>: work with the fact repository.</summary>
internal static class FactsVerb
{
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        switch (args.FirstOrDefault())
        {
            case "check":
                return await CheckAsync(configuration, output, error);
            case "diff" when args.Length == 3:
                return await DiffAsync(args[1], args[2], output, error);
            case "publish":
                return await PublishAsync(configuration, output, error, cancellationToken);
            case "suggestions":
                return MoocBotCommandLine.LoadRepository(configuration, error) is { } repository
                    ? await FactsSuggestions.RunAsync(args[1..], configuration, repository, output, error, cancellationToken)
                    : MoocBotCommandLine.Failure;
            default:
                await error.WriteLineAsync("Usage: moocbot facts check | facts diff <old> <new> | facts publish | facts suggestions [--days N] [--top N]");
                return MoocBotCommandLine.Usage;
        }
    }

    private static async Task<int> DiffAsync(string previousPath, string currentPath, TextWriter output, TextWriter error)
    {
        FactRepository previous, current;
        try
        {
            previous = FactRepositoryLoader.Load(previousPath);
            current = FactRepositoryLoader.Load(currentPath);
        }
        catch (FactRepositoryFormatException ex)
        {
            await error.WriteLineAsync(ex.Message);
            return MoocBotCommandLine.Failure;
        }

        var diff = FactDiff.Compare(previous, current);
        if (diff.IsEmpty)
        {
            await output.WriteLineAsync($"No facts changed between {previousPath} (version {previous.Version}) and {currentPath} (version {current.Version}).");
            return MoocBotCommandLine.Ok;
        }

        await output.WriteLineAsync($"{diff.Added.Count()} added, {diff.Changed.Count()} changed, {diff.Removed.Count()} removed. The notices subscribers would get:");
        foreach (var notice in NoticeComposer.Compose(diff, current))
        {
            await output.WriteLineAsync();
            await output.WriteLineAsync($"[{notice.Topic}]");
            await output.WriteLineAsync(notice.Reply.ToPlainText());
        }

        return MoocBotCommandLine.Ok;
    }

    private static async Task<int> PublishAsync(IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var repository = MoocBotCommandLine.LoadRepository(configuration, error);
        if (repository is null)
        {
            return MoocBotCommandLine.Failure;
        }

        using var host = BotHost.BuildOffline(configuration, repository);
        var summary = await host.Services.GetRequiredService<FactPublisher>().PublishAsync(repository, Publishers.CommandLine(), cancellationToken);
        await output.WriteLineAsync(summary.ToString());
        if (summary.Deliveries > 0)
        {
            await output.WriteLineAsync("The running bot delivers the notices (start it if it is not running).");
        }

        return MoocBotCommandLine.Ok;
    }

    private static async Task<int> CheckAsync(IConfiguration configuration, TextWriter output, TextWriter error)
    {
        var path = BotConfiguration.Facts(configuration).ResolvePath();
        var repository = MoocBotCommandLine.LoadRepository(configuration, error);
        if (repository is null)
        {
            return MoocBotCommandLine.Failure;
        }

        var observations = repository.Measures.Sum(m => m.Observations.Count);
        await output.WriteLineAsync($"{path}: {repository.Facts.Count} facts ({observations} observations) from {repository.Articles.Count} article(s) and {repository.Reports.Count} report(s), version {repository.Version}: no problems.");
        return MoocBotCommandLine.Ok;
    }
}
