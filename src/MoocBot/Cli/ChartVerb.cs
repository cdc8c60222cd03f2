using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MoocBot.Core.Conversations;
using MoocBot.Hosting;
using MoocBot.Terminal;

namespace MoocBot.Cli;

/// <summary><c>chart</c>: a measure's line chart (or, with no measure, the headline figures) written to a PNG file, as /chart draws it.</summary>
internal static class ChartVerb
{
    public const string Usage = "Usage: moocbot chart [<measure>] -o <file.png>";

    public static Command Create()
    {
        var words = new Argument<string[]>("measure") { Arity = ArgumentArity.ZeroOrMore, Description = "The measure: its id (national.moocs) or a few words; none for the headline figures side by side." };
        var file = new Option<string>("--output", "-o") { Description = "The PNG file to write.", HelpName = "file.png" };
        var chart = new Verb("chart", "Write a measure's line chart as a PNG, as /chart draws it; prints the caption and the path.", Usage) { words, file };
        chart.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValue(file)))
            {
                // The usage says it all: the chart needs a file to go to.
                result.AddError(Usage);
            }
        });
        chart.SetVerbAction((parsed, configuration, cancellationToken) => RunAsync(
            string.Join(' ', parsed.GetValue(words) ?? []).Trim(), parsed.GetRequiredValue(file),
            configuration, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, cancellationToken));
        return chart;
    }

    public static async Task<int> RunAsync(string measure, string path, IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var repository = MoocBotCommandLine.LoadRepository(configuration, error);
        if (repository is null)
        {
            return MoocBotCommandLine.Failure;
        }

        using var host = BotHost.BuildAsk(configuration, repository);
        var services = host.Services;

        var router = services.GetRequiredService<ConversationRouter>();
        var reply = await router.HandleAsync(ConsoleChat.Message(("/chart " + measure).TrimEnd()), cancellationToken);
        if (reply?.Image is not { } image)
        {
            await error.WriteLineAsync(reply is { Blocks.Count: > 0 } ? reply.Blocks[0].PlainText : "No chart was drawn.");
            return MoocBotCommandLine.Failure;
        }

        try
        {
            var written = await services.GetRequiredService<ChartFiles>().WriteAsync(image, path, cancellationToken);
            await output.WriteLineAsync(reply.ToPlainText() + "\nChart saved to " + written);
            return MoocBotCommandLine.Ok;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"The chart could not be written to {path}: {ex.Message}");
            return MoocBotCommandLine.Failure;
        }
    }
}
