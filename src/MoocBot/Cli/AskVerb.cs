using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using MoocBot.Core;
using MoocBot.Core.Answering;
using MoocBot.Core.Asking;
using MoocBot.Core.Conversations;
using MoocBot.Core.Conversations.FollowUps;
using MoocBot.Hosting;
using MoocBot.Terminal;

namespace MoocBot.Cli;

/// <summary><c>ask</c>: one question (or JSON Lines from standard input) answered without starting the bot.</summary>
internal static class AskVerb
{
    private const int MaxChatIdLength = 100;

    public const string Usage = "Usage: moocbot ask [--chat <id>] [--json [--flush]] [<question>...]";

    public static Command Create(TextReader input)
    {
        var words = new Argument<string[]>("question") { Arity = ArgumentArity.ZeroOrMore, Description = "The question; its words may be given unquoted." };
        var json = new Option<bool>("--json") { Description = "Print one JSON object; with no question, read one question a line from standard input and print JSON Lines." };
        var flush = new Option<bool>("--flush") { Description = "With --json from standard input: write each line as it is answered, also into a pipe or file." };
        var chat = new Option<string?>("--chat")
        {
            Description = "A question in conversation <id>: \"and in the west?\" follows the last question asked with that id (kept in the store for the follow-up window).",
            HelpName = "id",
            Arity = ArgumentArity.ZeroOrOne, // "--chat" with no id is answered by the verb's validator, with an example
        };
        var ask = new Verb("ask", "Print the reply as the console chat would.", Usage) { words, json, flush, chat };
        ask.Validators.Add(result =>
        {
            // "--chat" with no id, or "--chat --json": ZeroOrOne arity lets this reply with an example rather than a bare "argument missing".
            if (result.GetResult(chat) is not null && (result.GetValue(chat)?.Trim() ?? string.Empty) is var id
                && (id.Length is 0 or > MaxChatIdLength || id.StartsWith("--", StringComparison.Ordinal)))
            {
                result.AddError($"--chat needs a conversation id of 1 to {MaxChatIdLength} characters, for example: moocbot ask --chat script-1 \"and in the west?\"");
                return;
            }

            if (!result.GetValue(json) && (result.GetValue(words) ?? []).Length == 0)
            {
                result.AddError("ask needs a question, or --json to read questions from standard input.");
            }
        });
        ask.SetVerbAction((parsed, configuration, cancellationToken) => RunAsync(
            string.Join(' ', parsed.GetValue(words) ?? []), parsed.GetValue(json), parsed.GetValue(flush), parsed.GetValue(chat)?.Trim(),
            configuration, input, parsed.InvocationConfiguration.Output, parsed.InvocationConfiguration.Error, cancellationToken));
        return ask;
    }

    public static async Task<int> RunAsync(string question, bool json, bool flush, string? chat, IConfiguration configuration, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (json && chat is null)
        {
            // JSON answers need only the answerer and the composer: the composition moocbot-ask runs too (JsonAsk).
            return await JsonAsk.RunAsync(BotConfiguration.ReadFacts(configuration).ResolvePath(), question, flush, input, output, error, cancellationToken);
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
        StartupTrace.Mark("host built");
        if (!json)
        {
            var router = services.GetRequiredService<ConversationRouter>();
            var reply = await router.HandleAsync(ConsoleChat.Message(question, chat), cancellationToken);
            await output.WriteLineAsync(reply is null ? string.Empty : await services.GetRequiredService<ChartFiles>().ToConsoleTextAsync(reply, cancellationToken));
            StartupTrace.Mark("written");
            return MoocBotCommandLine.Ok;
        }

        var chatWriter = new AnswerJsonWriter(services.GetRequiredService<CurrentFacts>().Answerer, services.GetRequiredService<ReplyComposer>());
        var followUps = services.GetRequiredService<FollowUpAnswerer>();
        StartupTrace.Mark("index built");
        return await JsonAsk.WriteLinesAsync(
            question,
            async line => chatWriter.Write(line, await followUps.AnswerAsync(ConsoleChat.Message(line, chat), ConversationRouter.Clean(line), cancellationToken)),
            flush,
            input,
            output,
            cancellationToken);
    }
}
