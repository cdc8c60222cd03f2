using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MoocBot.Core.Answering;
using MoocBot.Core.Conversations;
using MoocBot.Core.Conversations.FollowUps;
using MoocBot.Hosting;

namespace MoocBot.Cli;

/// <summary><c>ask</c>: one question (or JSON Lines from standard input) answered without starting the bot.</summary>
internal static class AskVerb
{
    private const int BufferSize = 64 * 1024;
    private const int MaxChatIdLength = 100;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!TryTakeChat(ref args, out var chat))
        {
            await error.WriteLineAsync($"--chat needs a conversation id of 1 to {MaxChatIdLength} characters, for example: moocbot ask --chat script-1 \"and in the west?\"");
            return MoocBotCommandLine.Usage;
        }

        var json = args.Contains("--json");
        var flush = args.Contains("--flush");
        var question = string.Join(' ', args.Where(a => a is not ("--json" or "--flush")));
        if (!json && question.Length == 0)
        {
            await error.WriteLineAsync("Usage: moocbot ask [--chat <id>] \"<question>\"  or  moocbot ask --json [--flush] [--chat <id>] [\"<question>\"]");
            return MoocBotCommandLine.Usage;
        }

        // A version that passed the check with this build is not checked again (facts check always checks).
        var repository = MoocBotCommandLine.LoadRepository(configuration, error, trustRecordedPass: true);
        if (repository is null)
        {
            return MoocBotCommandLine.Failure;
        }

        // A conversation goes on across processes, so its context is kept in the store (SQLite file or PostgreSQL).
        using var host = chat is null ? BotHost.BuildAsk(configuration, repository) : BotHost.BuildAskInChat(configuration, repository);
        var services = host.Services;

        if (!json)
        {
            var router = services.GetRequiredService<ConversationRouter>();
            var reply = await router.HandleAsync(ConsoleChat.Message(question, chat), cancellationToken);
            await output.WriteLineAsync(reply is null ? string.Empty : await services.GetRequiredService<ChartFiles>().ToConsoleTextAsync(reply, cancellationToken));
            return MoocBotCommandLine.Ok;
        }

        var writer = new AnswerJsonWriter(services.GetRequiredService<CurrentFacts>().Answerer, services.GetRequiredService<ReplyComposer>());
        var followUps = chat is null ? null : services.GetRequiredService<FollowUpAnswerer>();
        async Task<string> WriteAsync(string line) => followUps is null
            ? writer.Write(line)
            : writer.Write(line, await followUps.AnswerAsync(ConsoleChat.Message(line, chat), ConversationRouter.Clean(line), cancellationToken));
        if (question.Length > 0)
        {
            await output.WriteLineAsync(await WriteAsync(question));
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
            await lines.WriteLineAsync(await WriteAsync(line));
            if (flushEachLine)
            {
                await lines.FlushAsync(cancellationToken);
            }
        }

        await lines.FlushAsync(cancellationToken);
        return MoocBotCommandLine.Ok;
    }

    /// <summary>Takes "--chat &lt;id&gt;" out of <paramref name="args"/>; false when the id is missing or too long.</summary>
    private static bool TryTakeChat(ref string[] args, out string? chat)
    {
        chat = null;
        var at = Array.IndexOf(args, "--chat");
        if (at < 0)
        {
            return true;
        }

        var id = at + 1 < args.Length ? args[at + 1].Trim() : string.Empty;
        if (id.Length is 0 or > MaxChatIdLength || id.StartsWith("--", StringComparison.Ordinal))
        {
            return false;
        }

        chat = id;
        args = [.. args[..at], .. args[(at + 2)..]];
        return true;
    }
}
