using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MoocBot.Core.Facts;
using MoocBot.Core.Notices;
using MoocBot.Hosting;

namespace MoocBot.Cli;

/// <summary><c>facts check | diff | publish | suggestions</c>: work with the fact repository.</summary>
internal static class FactsVerb
{
    public const string Usage = "Usage: moocbot facts check | facts diff <old> <new> | facts publish | facts suggestions [--days N] [--top N]";

    public static Command Create()
    {
        var check = new Verb("check", "Validate the fact repository against its articles.", "Usage: moocbot facts check");
        check.SetVerbAction((parsed, configuration, _) => CheckAsync(configuration, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));

        var previous = new Argument<string>("old") { Description = "The older facts file." };
        var current = new Argument<string>("new") { Description = "The newer facts file." };
        var diff = new Verb("diff", "List what changed between two facts files, and the notices subscribers would get.", "Usage: moocbot facts diff <old> <new>") { previous, current };
        diff.SetAction((parsed, _) => DiffAsync(parsed.GetRequiredValue(previous), parsed.GetRequiredValue(current), parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error));

        var publish = new Verb("publish", "Publish the current facts; the running bot sends update notices to subscribed chats.", "Usage: moocbot facts publish");
        publish.SetVerbAction((parsed, configuration, cancellationToken) => PublishAsync(configuration, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, cancellationToken));

        return new Verb("facts", "Work with the fact repository.", Usage) { check, diff, publish, FactsSuggestions.Create() };
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
        var path = BotConfiguration.ReadFacts(configuration).ResolvePath();
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
