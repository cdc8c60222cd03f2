using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MoocBot.Core;
using MoocBot.Core.Answering;
using MoocBot.Core.Conversations;
using MoocBot.Hosting;

namespace MoocBot.Cli;

/// <summary><c>ask</c>: one question (or JSON Lines from standard input) answered without starting the bot.</summary>
internal static class AskVerb
{
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var json = args.Contains("--json");
        var question = string.Join(' ', args.Where(a => a != "--json"));
        if (!json && question.Length == 0)
        {
            await error.WriteLineAsync("Usage: moocbot ask \"<question>\"  or  moocbot ask --json [\"<question>\"]");
            return MoocBotCommandLine.Usage;
        }

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

        if (!json)
        {
            var router = services.GetRequiredService<ConversationRouter>();
            var reply = await router.HandleAsync(ConsoleChat.Message(question), cancellationToken);
            await output.WriteLineAsync(reply is null ? string.Empty : await services.GetRequiredService<ChartFiles>().ToConsoleTextAsync(reply, cancellationToken));
            return MoocBotCommandLine.Ok;
        }

        var writer = new AnswerJsonWriter(services.GetRequiredService<CurrentFacts>().Answerer, services.GetRequiredService<ReplyComposer>());
        if (question.Length > 0)
        {
            await output.WriteLineAsync(writer.Write(question));
            return MoocBotCommandLine.Ok;
        }

        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            await output.WriteLineAsync(writer.Write(line));
            await output.FlushAsync(cancellationToken);
        }

        return MoocBotCommandLine.Ok;
    }
}
