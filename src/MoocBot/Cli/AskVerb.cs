using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MoocBot.Core.Answering;
using MoocBot.Core.Conversations;
using MoocBot.Hosting;

namespace MoocBot.Cli;

/// <summary><c>ask</c>: one question (or JSON Lines from standard input) answered without starting the bot.</summary>
internal static class AskVerb
{
    private const int BufferSize = 64 * 1024;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var json = args.Contains("--json");
        var flush = args.Contains("--flush");
        var question = string.Join(' ', args.Where(a => a is not ("--json" or "--flush")));
        if (!json && question.Length == 0)
        {
            await error.WriteLineAsync("Usage: moocbot ask \"<question>\"  or  moocbot ask --json [--flush] [\"<question>\"]");
            return MoocBotCommandLine.Usage;
        }

        // A version that passed the check with this build is not checked again (facts check always checks).
        var repository = MoocBotCommandLine.LoadRepository(configuration, error, trustRecordedPass: true);
        if (repository is null)
        {
            return MoocBotCommandLine.Failure;
        }

        using var host = BotHost.BuildAsk(configuration, repository);
        var services = host.Services;

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

        // Console.Out writes through on every call, a long line in 256-byte pieces. Into a file or a pipe the
        // lines go out in 64 KB blocks instead; a terminal, or --flush, still gets each line as it is answered.
        var console = ReferenceEquals(output, Console.Out);
        var flushEachLine = flush || (console && !Console.IsOutputRedirected);
        await using var buffered = console && !flushEachLine ? new StreamWriter(Console.OpenStandardOutput(), Utf8, BufferSize) : null;
        var lines = buffered ?? output;
        while (await input.ReadLineAsync(cancellationToken) is { } line)
        {
            await lines.WriteLineAsync(writer.Write(line));
            if (flushEachLine)
            {
                await lines.FlushAsync(cancellationToken);
            }
        }

        await lines.FlushAsync(cancellationToken);
        return MoocBotCommandLine.Ok;
    }
}
