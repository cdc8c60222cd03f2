using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MoocBot.Core;
using MoocBot.Core.Conversations;
using MoocBot.Hosting;

namespace MoocBot.Cli;

/// <summary><c>chart</c>: a measure's line chart (or, with no measure, the headline figures) written to a PNG file, as /chart draws it.</summary>
internal static class ChartVerb
{
    private const string UsageText = "Usage: moocbot chart [<measure>] -o <file.png>";

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var at = Array.FindIndex(args, a => a is "-o" or "--output");
        if (at < 0 || at == args.Length - 1 || string.IsNullOrWhiteSpace(args[at + 1]))
        {
            await error.WriteLineAsync(UsageText);
            return MoocBotCommandLine.Usage;
        }

        var path = args[at + 1];
        var measure = string.Join(' ', args.Where((_, i) => i != at && i != at + 1)).Trim();
        var repository = MoocBotCommandLine.LoadRepository(configuration, error);
        if (repository is null)
        {
            return MoocBotCommandLine.Failure;
        }

        await using var services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddMoocBotCore(repository)
            .AddMoocBotChartFiles()
            .BuildServiceProvider();

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
