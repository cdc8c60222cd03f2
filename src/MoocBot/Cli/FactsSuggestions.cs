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

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, FactRepository repository, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        int? days = null;
        var top = DefaultTop;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--days" when i + 1 < args.Length && PositiveNumber(args[i + 1]) is { } value:
                    days = value;
                    i++;
                    break;
                case "--top" when i + 1 < args.Length && PositiveNumber(args[i + 1]) is { } value:
                    top = value;
                    i++;
                    break;
                default:
                    await error.WriteLineAsync(Usage);
                    return MoocBotCommandLine.Usage;
            }
        }

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

    private static int? PositiveNumber(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 ? value : null;
}
