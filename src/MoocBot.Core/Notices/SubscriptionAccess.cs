using System.Data.Common;
using Microsoft.Extensions.Logging;
using MoocBot.Core.Answering;
using MoocBot.Core.Conversations;
using MoocBot.Core.Diagnostics;

namespace MoocBot.Core.Notices;

/// <summary>Who may change a chat's subscriptions, and which platforms can receive notices at all.</summary>
internal sealed class SubscriptionAccess(IEnumerable<IChatAdministrators> administrators, IEnumerable<IChatSender> senders, CurrentFacts facts)
{
    private readonly IReadOnlyList<IChatAdministrators> _administrators = [.. administrators];
    private readonly HashSet<string> _platforms = senders.Select(s => s.Platform).ToHashSet(StringComparer.Ordinal);

    public bool CanReceive(string platform) => _platforms.Contains(platform);

    /// <summary>Anyone in a private chat; in a group only its administrators, as the platform reports them.</summary>
    public async Task<bool> MayChangeAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        if (!message.IsGroup)
        {
            return true;
        }

        if (message.SenderIsAdmin is { } known)
        {
            return known;
        }

        var checker = _administrators.LastOrDefault(a => string.Equals(a.Platform, message.Platform, StringComparison.Ordinal));
        return checker is not null && await checker.IsAdministratorAsync(message, cancellationToken);
    }

    /// <summary>What /subscribe and /unsubscribe show in help: both take one topic of the repository served now.</summary>
    public ChatCommandInfo CommandInfo(string name, string description) => new(name, description)
    {
        ArgumentName = "topic",
        ArgumentDescription = NoticeTopics.ArgumentDescription(facts.Repository),
        Example = "/" + name + " west",
    };

    /// <summary>Runs <paramref name="change"/> with the topic the command names (as <see cref="ChangeAsync"/>); an unknown topic changes nothing.</summary>
    public Task<Reply> ChangeTopicAsync(ChatCommandContext context, Func<string, Task<Reply>> change, ILogger logger) =>
        ChangeAsync(context, () => ParseTopic(context.Arguments) is { } topic ? change(topic) : Task.FromResult(UnknownTopic(context.Arguments, context.Language)), logger);

    /// <summary>
    /// Runs a subscription change; when the store fails (unreachable, read-only, its file gone) the chat is told the
    /// change was not saved, never that it was.
    /// </summary>
    public static async Task<Reply> ChangeAsync(ChatCommandContext context, Func<Task<Reply>> change, ILogger logger)
    {
        try
        {
            return await change();
        }
        catch (Exception ex) when (ex is DbException or StoreUnavailableException)
        {
            Log.SubscriptionNotSaved(logger, context.Message.Platform, context.Message.ChatId, ex);
            return Text("subscribe.not-saved", context.Language);
        }
    }

    public static Reply NotAdministrator(ChatLanguage language) => Text("subscribe.not-admin", language);

    public static Reply CannotReceive(string platform, ChatLanguage language) => Text("subscribe.cannot-receive", language, platform);

    /// <summary>A private reply from the message catalogue, in <paramref name="language"/>.</summary>
    public static Reply Text(string key, ChatLanguage language, params object?[] args) =>
        ReplyComposer.ComposePrivateText(MessageCatalogue.Get(key, language, args)) with { Language = language };

    /// <summary>The topic a command names (its id, or its Chinese label), from the topics of the repository served now; null when there is no such topic.</summary>
    public string? ParseTopic(string text) => NoticeTopics.Parse(text, facts.Repository);

    /// <summary>The topics of the repository served now.</summary>
    public IReadOnlyList<string> Topics => NoticeTopics.Specific(facts.Repository);

    public Reply UnknownTopic(string text, ChatLanguage language) =>
        Text("subscribe.unknown-topic", language, text.Trim(), string.Join(", ", NoticeTopics.Subscribable(facts.Repository)));

    /// <summary>"all figures", or "west (MOOCs for universities in western China); ..." (in Chinese "west（面向西部高校的慕课）；...").</summary>
    public string Describe(IReadOnlyCollection<string> topics, ChatLanguage language)
    {
        var repository = facts.Repository;
        var chinese = language == ChatLanguage.Chinese;
        return topics.Contains(NoticeTopics.All)
            ? MessageCatalogue.Get("subscribe.all-figures", language)
            : string.Join(chinese ? "；" : "; ", NoticeTopics.InOrder(topics, repository)
                .Select(t => t + (chinese ? "（" : " (") + ReplyComposer.DescribeTopic(repository, t, language) + (chinese ? "）" : ")")));
    }
}
