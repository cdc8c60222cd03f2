using System.Collections.Frozen;
using System.Text;
using Microsoft.Extensions.Logging;
using MoocBot.Core.Answering;
using MoocBot.Core.Diagnostics;

namespace MoocBot.Core.Conversations;

/// <summary>
/// The one place a message is understood, for every platform: commands first, then a question
/// when the chat is private or the bot is addressed. Returns null for messages to ignore.
/// </summary>
public sealed class ConversationRouter
{
    /// <summary>Longest question answered; longer messages get a polite request to shorten them.</summary>
    public const int MaxQuestionLength = 500;

    /// <summary>The platform name of the terminal chat and the command line.</summary>
    public const string ConsolePlatform = "console";

    private static readonly ChatCommandInfo StartInfo = new("start", "Start here: what I do and how to ask") { Listed = false };
    private static readonly ChatCommandInfo HelpInfo = new("help", "How to ask and the commands I know") { RepliesPrivately = true };

    private readonly CurrentFacts _facts;
    private readonly FactSearch _search;
    private readonly ReplyComposer _composer;
    private readonly FrozenDictionary<string, IChatCommand> _commands;
    private readonly FrozenSet<string> _privateCommands;
    private readonly MessageRateLimiter _rateLimiter;
    private readonly MoocBotMetrics _metrics;
    private readonly UnansweredQuestions _unanswered;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<ConversationRouter> _logger;

    /// <summary>Creates the router over the answerer and the registered commands.</summary>
    public ConversationRouter(
        CurrentFacts facts,
        FactSearch search,
        ReplyComposer composer,
        IEnumerable<IChatCommand> commands,
        MessageRateLimiter rateLimiter,
        MoocBotMetrics metrics,
        UnansweredQuestions unanswered,
        TimeProvider timeProvider,
        ILogger<ConversationRouter> logger)
    {
        _facts = facts;
        _search = search;
        _composer = composer;
        _rateLimiter = rateLimiter;
        _metrics = metrics;
        _unanswered = unanswered;
        _timeProvider = timeProvider;
        _logger = logger;
        var registered = commands.ToList();
        _commands = registered.ToFrozenDictionary(c => c.Info.Name, StringComparer.OrdinalIgnoreCase);
        Commands = [HelpInfo, .. registered.Select(c => c.Info)];
        AllCommands = [StartInfo, .. Commands];
        _privateCommands = AllCommands.Where(c => c.RepliesPrivately).Select(c => c.Name).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The commands to show in menus, /help and platform registration, in order.</summary>
    public IReadOnlyList<ChatCommandInfo> Commands { get; }

    /// <summary>Every command the router understands, including /start and unlisted ones.</summary>
    public IReadOnlyList<ChatCommandInfo> AllCommands { get; }

    /// <summary>
    /// Whether <paramref name="text"/> is a command whose reply is always private (<see cref="ChatCommandInfo.RepliesPrivately"/>),
    /// for an adapter that must choose before the reply exists (a Discord deferral is ephemeral or public for good).
    /// </summary>
    public bool RepliesPrivately(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CommandLine.TryParse(Clean(text), out var command) && _privateCommands.Contains(command.Name);
    }

    /// <summary>Handles one message; null means the bot stays silent (group chatter not meant for it).</summary>
    public async Task<Reply?> HandleAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = Clean(message.Text);
        var addressed = !message.IsGroup || message.MentionsBot;

        if (CommandLine.TryParse(text, out var command))
        {
            if (command.BotName is { } botName && message.IsGroup
                && !string.Equals(botName, message.BotUserName, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            addressed |= command.BotName is not null;
            if (!addressed && !_commands.ContainsKey(command.Name) && command.Name is not ("start" or "help"))
            {
                return null;
            }

            return IsLimited(message, out var slowDown) ? slowDown : await RunCommandAsync(message, command, addressed, cancellationToken);
        }

        if (!addressed)
        {
            return null;
        }

        if (IsLimited(message, out var limited))
        {
            return limited;
        }

        if (text.Length == 0)
        {
            return ComposeGreeting();
        }

        if (text.Length > MaxQuestionLength)
        {
            return ReplyComposer.ComposePrivateText(
                $"That message is too long for me ({text.Length:N0} characters). Please ask one short question, up to {MaxQuestionLength} characters, such as “how many MOOCs are there?”.");
        }

        if (SmallTalk.TryReply(text) is { } smallTalk)
        {
            return smallTalk;
        }

        var started = _timeProvider.GetTimestamp();
        var answer = _facts.Answerer.Answer(text);
        _metrics.QuestionAnswered(message.Platform, answer.Status, _timeProvider.GetElapsedTime(started));
        if (answer.Status == AnswerStatus.NotFound)
        {
            _unanswered.Record(message.Platform, text);
        }

        return _composer.ComposeAnswer(answer);
    }

    /// <summary>Removes control and formatting characters and folds white space, so every platform's text looks alike.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(Math.Min(text.Length, MaxQuestionLength * 4));
        var pendingSpace = false;
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune) || Rune.IsControl(rune))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.Format)
            {
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    /// <summary>True when the message is over a limit; <paramref name="reply"/> is "slow down" the first time, then null (dropped).</summary>
    private bool IsLimited(ChatMessage message, out Reply? reply)
    {
        // The console has one local user, who is not limited.
        var decision = message.Platform == ConsolePlatform ? RateDecision.Allowed : _rateLimiter.Check(message);
        reply = decision == RateDecision.FirstExcess
            ? ReplyComposer.ComposePrivateText("Please slow down: you're sending messages faster than I answer them. Wait a minute, then ask again.")
            : null;
        return decision != RateDecision.Allowed;
    }

    private async Task<Reply?> RunCommandAsync(ChatMessage message, CommandLine command, bool addressed, CancellationToken cancellationToken)
    {
        switch (command.Name)
        {
            case "start":
                return await StartAsync(message, command.Arguments, cancellationToken);
            case "help":
                return ComposeHelp();
        }

        if (!_commands.TryGetValue(command.Name, out var handler))
        {
            // In a group an unknown command is usually meant for another bot.
            return addressed
                ? ReplyComposer.ComposePrivateText($"I don't know the command /{command.Name}. Send /help to see what I can do.")
                : null;
        }

        if (command.Arguments.Length > MaxQuestionLength)
        {
            return ReplyComposer.ComposePrivateText($"That is too long for /{handler.Info.Name}. Please keep it under {MaxQuestionLength} characters.");
        }

        if (handler.Info.ArgumentRequired && command.Arguments.Length == 0)
        {
            return ReplyComposer.ComposePrivateText(
                $"/{handler.Info.Name} needs {handler.Info.ArgumentDescription ?? "an argument"}." + (handler.Info.Example is { } example ? $" For example: {example}" : string.Empty));
        }

        try
        {
            return await ExecuteAsync(handler, new ChatCommandContext(message, command.Arguments), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.CommandFailed(_logger, command.Name, message.Platform, ex);
            return ReplyComposer.ComposePrivateText("Sorry, something went wrong while doing that. Please try again in a moment.");
        }
    }

    private static async Task<Reply> ExecuteAsync(IChatCommand handler, ChatCommandContext context, CancellationToken cancellationToken)
    {
        var reply = await handler.ExecuteAsync(context, cancellationToken);
        return handler.Info.RepliesPrivately ? reply with { Private = true } : reply;
    }

    private async Task<Reply> StartAsync(ChatMessage message, string payload, CancellationToken cancellationToken)
    {
        if (payload.Length > 0)
        {
            if (_search.FindById(payload) is { } fact)
            {
                return _composer.ComposeFact(fact);
            }

            if (_commands.TryGetValue(payload, out var handler) && !handler.Info.ArgumentRequired)
            {
                return await ExecuteAsync(handler, new ChatCommandContext(message, string.Empty), cancellationToken);
            }
        }

        return ComposeGreeting();
    }

    private static Reply ComposeGreeting() => ReplyComposer.ComposeText(
        "Hello! I answer questions about China's MOOC figures, with the figure, what it counts, as of when, and its source.",
        "Ask me in plain words, for example “how many MOOCs are there?” or “how many teachers were trained in the west?”. Send /help for the commands.");

    private Reply ComposeHelp()
    {
        var blocks = new List<ReplyBlock>
        {
            ReplyBlock.Text("Ask me about China's MOOC figures in plain words, for example “how many registered users?”, or use a command:"),
        };
        foreach (var info in Commands.Where(c => c.Listed))
        {
            var usage = "/" + info.Name + (info.ArgumentName is { } arg ? $" <{arg}>" : string.Empty);
            blocks.Add(new ReplyBlock(ReplyBlockKind.ListItem,
            [
                new ReplySpan(usage, SpanStyle.Code),
                new ReplySpan(" — " + info.Description + (info.Example is { } example ? $" (e.g. {example})" : string.Empty)),
            ]));
        }

        blocks.Add(ReplyBlock.Text("In a group, mention me or reply to me to ask a question."));
        return new Reply { Blocks = blocks, Private = true };
    }
}
