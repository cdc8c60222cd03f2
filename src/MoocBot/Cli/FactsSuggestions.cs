using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MoocBot.Core.Diagnostics;
using MoocBot.Core.Facts;
using MoocBot.Hosting;

namespace MoocBot.Cli;

/// <summary>
/// <c>facts suggestions [--days N] [--top N]</c>: the questions the bot most often could not answer, from the
/// opt-in unanswered-question log, so a maintainer can add aliases.
/// </summary>
internal static class FactsSuggestions
{
    public const string Usage = "Usage: moocbot facts suggestions [--days N] [--top N]";
    public const int DefaultTop = 20;

    public static Command Create()
    {
        var days = PositiveNumber("--days", "How many days back to look (default: Diagnostics:UnansweredLog:RetentionDays).");
        var top = PositiveNumber("--top", $"How many questions to list (default {DefaultTop}).");
        var suggestions = new Verb("suggestions", "The questions most often not answered (with the opt-in Diagnostics:UnansweredLog:Enabled), to add as aliases.", Usage) { days, top };
        suggestions.SetVerbAction((parsed, configuration, cancellationToken) =>
            MoocBotCommandLine.LoadRepository(configuration, parsed.InvocationConfiguration.Error) is { } repository
                ? RunAsync(parsed.GetValue(days), parsed.GetValue(top) ?? DefaultTop, configuration, repository, parsed.InvocationConfiguration.Output, cancellationToken)
                : Task.FromResult(MoocBotCommandLine.Failure));
        return suggestions;
    }

    public static async Task<int> RunAsync(int? days, int top, IConfiguration configuration, FactRepository repository, TextWriter output, CancellationToken cancellationToken)
    {
        using var host = BotHost.BuildOffline(configuration, repository);
        var options = host.Services.GetRequiredService<IOptions<UnansweredLogOptions>>().Value;
        var period = days ?? options.RetentionDays;
        var now = host.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var suggestions = await host.Services.GetRequiredService<IUnansweredQuestionLog>().FindFrequentAsync(now - TimeSpan.FromDays(period), top, cancellationToken);
        await WriteAsync(suggestions, period, options.Enabled, output);
        return MoocBotCommandLine.Ok;
    }

    private static async Task WriteAsync(IReadOnlyList<QuestionSuggestion> suggestions, int days, bool enabled, TextWriter output)
    {
        if (suggestions.Count == 0)
        {
            await output.WriteLineAsync($"No unanswered questions were logged in the last {days} day(s).");
            if (!enabled)
            {
                await output.WriteLineAsync("The log is off: set Diagnostics:UnansweredLog:Enabled to true (environment variable Diagnostics__UnansweredLog__Enabled=true) where the bot runs.");
            }

            return;
        }

        await output.WriteLineAsync($"The {suggestions.Count} most frequent unanswered question(s) in the last {days} day(s):");
        await output.WriteLineAsync();
        await output.WriteLineAsync("  count  last seen (UTC)   question");
        foreach (var suggestion in suggestions)
        {
            var lastSeen = suggestion.LastSeen.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
            await output.WriteLineAsync($"  {suggestion.Count,5}  {lastSeen}  {suggestion.NormalizedText}");
        }

        await output.WriteLineAsync();
        await output.WriteLineAsync("To answer one, add its wording to the \"aliases\" of the fact that answers it in data/facts.json, then run 'moocbot facts check'.");
    }

    private static Option<int?> PositiveNumber(string name, string description) => new(name)
    {
        Description = description,
        HelpName = "N",
        CustomParser = result =>
        {
            var text = result.Tokens.Count == 1 ? result.Tokens[0].Value : string.Empty;
            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
            {
                return value;
            }

            result.AddError($"{name} takes a whole number of 1 or more, not '{text}'.");
            return null;
        },
    };
}
