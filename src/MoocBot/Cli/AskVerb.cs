using System.CommandLine;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MoocBot.Core.Answering;
using MoocBot.Core.Conversations;
using MoocBot.Hosting;
using MoocBot.Terminal;

namespace MoocBot.Cli;

/// <summary><c>ask</c>: one question (or JSON Lines from standard input) answered without starting the bot.</summary>
internal static class AskVerb
{
    private const int BufferSize = 64 * 1024;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public const string Usage = "Usage: moocbot ask [--json [--flush]] [<question>...]";

    public static Command Create(TextReader input)
    {
        var words = new Argument<string[]>("question") { Arity = ArgumentArity.ZeroOrMore, Description = "The question; its words may be given unquoted." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object; with no question, read one question a line from standard input and print JSON Lines." };
        var flush = new Option<bool>("--flush") { Description = "With --json from standard input: write each line as it is answered, also into a pipe or file." };
        var ask = new Verb("ask", "Print the reply as the console chat would.", Usage) { words, json, flush };
        ask.Validators.Add(result =>
        {
            if (!result.GetValue(json) && (result.GetValue(words) ?? []).Length == 0)
            {
                result.AddError("ask needs a question, or --json to read questions from standard input.");
            }
        });
        ask.SetVerbAction((parsed, configuration, cancellationToken) => RunAsync(
            string.Join(' ', parsed.GetValue(words) ?? []), parsed.GetValue(json), parsed.GetValue(flush),
            configuration, input, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, cancellationToken));
        return ask;
    }

    public static async Task<int> RunAsync(string question, bool json, bool flush, IConfiguration configuration, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
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
