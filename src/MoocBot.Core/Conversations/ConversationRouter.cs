using System.Collections.Frozen;
using System.Text;
using Microsoft.Extensions.Logging;
using MoocBot.Core.Answering;
using MoocBot.Core.Conversations.FollowUps;
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
    private static readonly ChatCommandInfo LanguageInfo = new("language", "Reply in Chinese, English, or each question's language")
    {
        ArgumentName = "language",
        ArgumentDescription = "zh (Chinese), en (English) or auto (follow each question)",
        Example = "/language zh",
    };

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
    private readonly IChatLanguageStore? _languages;
    private readonly FollowUpAnswerer? _followUps;

    /// <summary>
    /// Creates the router over the answerer and the registered commands; without a language store every chat is on auto,
    /// without <paramref name="followUps"/> every question is read on its own.
    /// </summary>
    public ConversationRouter(
        CurrentFacts facts,
        FactSearch search,
        ReplyComposer composer,
        IEnumerable<IChatCommand> commands,
        MessageRateLimiter rateLimiter,
        MoocBotMetrics metrics,
        UnansweredQuestions unanswered,
        TimeProvider timeProvider,
        ILogger<ConversationRouter> logger,
        IChatLanguageStore? languages = null,
        FollowUpAnswerer? followUps = null)
    {
        _languages = languages;
        _followUps = followUps;
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
        Commands = [HelpInfo, LanguageInfo, .. registered.Select(c => c.Info)];
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
            // "/fact@OtherBot" is meant for that bot in every kind of chat, a private one included; an adapter
            // that cannot name this bot (BotUserName null) has no "/name@bot" commands of its own to answer.
            if (command.BotName is { } botName && !string.Equals(botName, message.BotUserName, StringComparison.OrdinalIgnoreCase))
            {
                return null;
            }

            addressed |= command.BotName is not null;
            if (!addressed && !_commands.ContainsKey(command.Name) && command.Name is not ("start" or "help"))
            {
                return null;
            }

            if (IsLimited(message, ChatLanguages.Resolve(ChatLanguage.Auto, command.Arguments, message.LanguageHint), out var slowDown))
            {
                return slowDown;
            }

            var chosen = await FindLanguageAsync(message, cancellationToken);
            var language = ChatLanguages.Resolve(chosen, command.Arguments, message.LanguageHint);
            return await RunCommandAsync(message, command, addressed, chosen, language, cancellationToken);
        }

        if (!addressed)
        {
            return null;
        }

        if (IsLimited(message, ChatLanguages.OfText(text), out var limited))
        {
            return limited;
        }

        // The chat's /language choice, read once: under auto a reply follows the message's own language.
        var chatChoice = await FindLanguageAsync(message, cancellationToken);
        if (text.Length == 0)
        {
            return ComposeGreeting(ChatLanguages.Resolve(chatChoice, text, message.LanguageHint));
        }

        var replyLanguage = ChatLanguages.Resolve(chatChoice, text, null);
        if (text.Length > MaxQuestionLength)
        {
            return ReplyComposer.ComposePrivateText(MessageCatalogue.Get("message.too-long", replyLanguage, text.Length, MaxQuestionLength));
        }

        if (SmallTalk.TryReply(text, replyLanguage) is { } smallTalk)
        {
            return smallTalk;
        }

        var started = _timeProvider.GetTimestamp();
        var turn = _followUps is null ? null : await _followUps.AnswerAsync(message, text, replyLanguage, cancellationToken);
        var answer = turn?.Answer ?? _facts.Answerer.Answer(text);
        _metrics.QuestionAnswered(message.Platform, answer.Status, _timeProvider.GetElapsedTime(started));
        if (answer.Status == AnswerStatus.NotFound)
        {
            _unanswered.Record(message.Platform, text);
        }

        return turn?.Reply ?? _composer.ComposeAnswer(answer, replyLanguage);
    }

    /// <summary>Removes control and formatting characters and folds white space, so every platform's text looks alike.</summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsClean(text))
        {
            return text;
        }

        var builder = new StringBuilder(Math.Min(text.Length, MaxQuestionLength * 4));
        Span<char> units = stackalloc char[2];
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

            // As UTF-16 units: Rune.ToString() would allocate a string for every character of the message.
            builder.Append(units[..rune.EncodeToUtf16(units)]);
        }

        return builder.ToString();
    }

    /// <summary>True when <see cref="Clean"/> would change nothing: most messages, which then cost no copy.</summary>
    private static bool IsClean(string text)
    {
        var previousSpace = true;
        foreach (var rune in text.EnumerateRunes())
        {
            if (rune == Rune.ReplacementChar || Rune.IsControl(rune) || Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.Format)
            {
                return false;
            }

            var space = Rune.IsWhiteSpace(rune);
            if (space && (previousSpace || rune.Value != ' '))
            {
                return false;
            }

            previousSpace = space;
        }

        return !previousSpace || text.Length == 0;
    }

    /// <summary>True when the message is over a limit; <paramref name="reply"/> is "slow down" the first time, then null (dropped).</summary>
    private bool IsLimited(ChatMessage message, ChatLanguage language, out Reply? reply)
    {
        // The console has one local user, who is not limited.
        var decision = message.Platform == ConsolePlatform ? RateDecision.Allowed : _rateLimiter.Check(message);
        reply = decision == RateDecision.FirstExcess
            ? ReplyComposer.ComposePrivateText(MessageCatalogue.Get("message.slow-down", language))
            : null;
        return decision != RateDecision.Allowed;
    }

    /// <summary>The chat's /language choice; auto when there is no store or it cannot be read (the reply still goes out).</summary>
    private async Task<ChatLanguage> FindLanguageAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        if (_languages is null)
        {
            return ChatLanguage.Auto;
        }

        try
        {
            return await _languages.FindLanguageAsync(message.Platform, message.ChatId, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.LanguageLookupFailed(_logger, message.Platform, ex);
            return ChatLanguage.Auto;
        }
    }

    private async Task<Reply?> RunCommandAsync(ChatMessage message, CommandLine command, bool addressed, ChatLanguage chosen, ChatLanguage language, CancellationToken cancellationToken)
    {
        if (_followUps is not null && command.Name is "start" or "help")
        {
            // Starting over: "and in the west?" right after /start or /help follows nothing.
            await _followUps.ForgetAsync(message, cancellationToken);
        }

        switch (command.Name)
        {
            case "start":
                return await StartAsync(message, command.Arguments, language, cancellationToken);
            case "help":
                return ComposeHelp(language);
        }

        if (command.Name.Equals(LanguageInfo.Name, StringComparison.OrdinalIgnoreCase))
        {
            return await SetLanguageAsync(message, command.Arguments, chosen, language, cancellationToken);
        }

        if (!_commands.TryGetValue(command.Name, out var handler))
        {
            // In a group an unknown command is usually meant for another bot.
            return addressed
                ? ReplyComposer.ComposePrivateText(MessageCatalogue.Get("command.unknown", language, command.Name))
                : null;
        }

        if (command.Arguments.Length > MaxQuestionLength)
        {
            return ReplyComposer.ComposePrivateText(MessageCatalogue.Get("command.too-long", language, handler.Info.Name, MaxQuestionLength));
        }

        if (handler.Info.ArgumentRequired && command.Arguments.Length == 0)
        {
            return ReplyComposer.ComposePrivateText(
                (language == ChatLanguage.Chinese
                    ? MessageCatalogue.Get("command.needs-argument", language, handler.Info.Name)
                    : MessageCatalogue.Get("command.needs-argument", language, handler.Info.Name, handler.Info.ArgumentDescription ?? "an argument"))
                + (MessageCatalogue.Example(handler.Info, language) is { } example ? MessageCatalogue.Get("command.example", language, example) : string.Empty));
        }

        try
        {
            return await ExecuteAsync(handler, new ChatCommandContext(message, command.Arguments) { Language = language }, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.CommandFailed(_logger, command.Name, message.Platform, ex);
            return ReplyComposer.ComposePrivateText(MessageCatalogue.Get("command.failed", language));
        }
    }

    /// <summary>/language shows the chat's choice; /language zh|en|auto changes it and answers in the language chosen.</summary>
    private async Task<Reply> SetLanguageAsync(ChatMessage message, string argument, ChatLanguage chosen, ChatLanguage language, CancellationToken cancellationToken)
    {
        if (argument.Length == 0)
        {
            return ReplyComposer.ComposePrivateText(MessageCatalogue.Get("language.current", language, ChatLanguages.Code(chosen)));
        }

        if (!ChatLanguages.TryParse(argument, out var wanted))
        {
            return ReplyComposer.ComposePrivateText(MessageCatalogue.Get("language.unknown", language, argument.Length > 40 ? argument[..40] + "…" : argument));
        }

        var confirmIn = ChatLanguages.Resolve(wanted, argument, message.LanguageHint);
        if (_languages is null)
        {
            return ReplyComposer.ComposePrivateText(MessageCatalogue.Get("language.not-kept", confirmIn));
        }

        try
        {
            await _languages.SetLanguageAsync(message.Platform, message.ChatId, wanted, _timeProvider.GetUtcNow(), cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.CommandFailed(_logger, LanguageInfo.Name, message.Platform, ex);
            return ReplyComposer.ComposePrivateText(MessageCatalogue.Get("command.failed", language));
        }

        return ReplyComposer.ComposeText(MessageCatalogue.Get("language.set." + ChatLanguages.Code(wanted), confirmIn));
    }

    private static async Task<Reply> ExecuteAsync(IChatCommand handler, ChatCommandContext context, CancellationToken cancellationToken)
    {
        var reply = await handler.ExecuteAsync(context, cancellationToken);
        return handler.Info.RepliesPrivately ? reply with { Private = true } : reply;
    }

    private async Task<Reply> StartAsync(ChatMessage message, string payload, ChatLanguage language, CancellationToken cancellationToken)
    {
        if (payload.Length > 0)
        {
            if (_search.FindById(payload) is { } fact)
            {
                return _composer.ComposeFact(fact, language);
            }

            if (_commands.TryGetValue(payload, out var handler) && !handler.Info.ArgumentRequired)
            {
                return await ExecuteAsync(handler, new ChatCommandContext(message, string.Empty) { Language = language }, cancellationToken);
            }
        }

        return ComposeGreeting(language);
    }

    private static Reply ComposeGreeting(ChatLanguage language) => ReplyComposer.ComposeText(
        MessageCatalogue.Get("greeting.intro", language),
        MessageCatalogue.Get("greeting.ask", language));

    private Reply ComposeHelp(ChatLanguage language)
    {
        var blocks = new List<ReplyBlock>
        {
            ReplyBlock.Text(MessageCatalogue.Get("help.intro", language)),
        };
        foreach (var info in Commands.Where(c => c.Listed))
        {
            var usage = "/" + info.Name + (MessageCatalogue.ArgumentName(info, language) is { } arg ? $" <{arg}>" : string.Empty);
            blocks.Add(new ReplyBlock(ReplyBlockKind.ListItem,
            [
                new ReplySpan(usage, SpanStyle.Code),
                new ReplySpan(" — " + MessageCatalogue.Describe(info, language) + (MessageCatalogue.Example(info, language) is { } example ? MessageCatalogue.Get("help.example", language, example) : string.Empty)),
            ]));
        }

        blocks.Add(ReplyBlock.Text(MessageCatalogue.Get("help.group", language)));
        return new Reply { Blocks = blocks, Private = true };
    }
}
