using System.Collections.Frozen;
using System.Globalization;

namespace MoocBot.Core.Conversations;

/// <summary>
/// The bot's fixed sentences in English and Chinese, one row a message, and the Chinese descriptions of
/// the commands for /help and the platforms' menus. A message missing in Chinese falls back to English.
/// </summary>
public static class MessageCatalogue
{
    private static readonly (string Key, string English, string Chinese)[] Table =
    [
        ("greeting.intro", "Hello! I answer questions about China's MOOC figures, with the figure, what it counts, as of when, and its source.",
            "你好！我回答有关中国慕课数据的问题，给出数字、统计口径、截至时间和出处。"),
        ("greeting.ask", "Ask me in plain words, for example “how many MOOCs are there?” or “how many teachers were trained in the west?”. Send /help for the commands.",
            "直接提问即可，例如“中国有多少门慕课？”或“西部培训了多少教师？”。发送 /help 查看命令。"),
        ("help.intro", "Ask me about China's MOOC figures in plain words, for example “how many registered users?”, or use a command:",
            "直接问我中国慕课的数据，例如“慕课注册用户有多少？”，或使用命令："),
        ("help.example", " (e.g. {0})", "（例如 {0}）"),
        ("help.group", "In a group, mention me or reply to me to ask a question.", "在群组中，请 @我 或回复我的消息来提问。"),
        ("command.unknown", "I don't know the command /{0}. Send /help to see what I can do.", "我不认识命令 /{0}。发送 /help 查看我能做什么。"),
        ("command.failed", "Sorry, something went wrong while doing that. Please try again in a moment.", "抱歉，处理时出了问题，请稍后再试。"),
        ("command.too-long", "That is too long for /{0}. Please keep it under {1} characters.", "/{0} 的参数太长了，请控制在 {1} 个字符以内。"),
        ("command.needs-argument", "/{0} needs {1}.", "/{0} 需要一个参数。"),
        ("command.example", " For example: {0}", "例如：{0}"),
        ("message.too-long", "That message is too long for me ({0:N0} characters). Please ask one short question, up to {1} characters, such as “how many MOOCs are there?”.",
            "这条消息太长了（{0:N0} 个字符）。请只问一个简短的问题，不超过 {1} 个字符，例如“中国有多少门慕课？”。"),
        ("followup.why", "I can't tell why; what I can say is what the figure counts: {0}.", "我无法说明原因；我能说的是这个数字统计的是什么（见下）。"),
        ("followup.other-place", "I have no separate figures for “{0}”. Mine cover {1}.", "我没有“{0}”的单独数据。我的数据涵盖：{1}。"),
        ("followup.no-such-figure", "I have no figure like “{0}” for {1}. Send /topics {2} for the figures I have there.",
            "关于{1}，我没有“{0}”这类数据。发送 /topics {2} 查看那里的数据。"),
        ("followup.other-place.ask", "Ask about one of those, for example “and in the west?”.", "请问其中之一，例如“那西部呢？”。"),
        ("followup.also", "Also counted in {0} there: {1}.", "同类的其他数字：{1}。"),
        ("followup.none.source", "I can tell where a figure comes from once I have given one.", "先问一个数字，我才能告诉你它的出处。"),
        ("followup.none.reason", "I can say what a figure counts once I have given one.", "先问一个数字，我才能说明它统计的是什么。"),
        ("followup.none", "That sounds like it follows an earlier question, but I have none from you in the last {0}.", "这听起来是接着前一个问题问的，但最近{0}内你没有问过问题。"),
        ("followup.ask-whole", "Please ask the whole question, for example “how many MOOCs does China have?”, then follow up with “and in the west?” or “what about 2020?”.",
            "请问完整的问题，例如“中国有多少门慕课？”，然后再追问“那西部呢？”或“2020年呢？”。"),
        ("message.slow-down", "Please slow down: you're sending messages faster than I answer them. Wait a minute, then ask again.",
            "请慢一点：你发消息的速度超过了我回答的速度。请等一分钟再问。"),
        ("language.set.zh", "From now on I reply in Chinese in this chat. Send /language auto to follow each message again.",
            "好的，此后我在本聊天中用中文回复。发送 /language auto 可恢复为跟随每条消息的语言。"),
        ("language.set.en", "From now on I reply in English in this chat. Send /language auto to follow each message again.",
            "好的，此后我在本聊天中用英文回复（From now on I reply in English）。发送 /language auto 可恢复为跟随每条消息的语言。"),
        ("language.set.auto", "From now on I reply in the language of each question: Chinese to Chinese, English to English.",
            "好的，此后我用每个问题的语言回复：中文问题用中文，英文问题用英文。"),
        ("language.current", "This chat's language is {0}. Choose with /language zh, /language en or /language auto (follow each question).",
            "本聊天的语言设置为 {0}。可用 /language zh、/language en 或 /language auto（跟随每个问题）更改。"),
        ("language.unknown", "I don't know the language “{0}”. Choose zh (Chinese), en (English) or auto (follow each question).",
            "我不认识语言“{0}”。请选择 zh（中文）、en（英文）或 auto（跟随每个问题）。"),
        ("language.not-kept", "This chat has nowhere to keep a language choice; I follow each question's language.",
            "这里无法保存语言设置；我会按每个问题的语言回复。"),
        ("about.intro", "I am MoocBot. I answer questions about China's MOOC (massive open online course) figures. Every figure I give is quoted from a published article; I never estimate or invent one.",
            "我是 MoocBot，回答有关中国慕课（大规模开放在线课程）数据的问题。我给出的每个数字都引自已发表的文章，从不估算或编造。"),
        ("about.count", "I know {0} figures from {1} article(s):", "我掌握来自 {1} 篇文章的 {0} 个数据："),
        ("about.version", "Fact repository version {0}.", "数据库版本 {0}。"),
        ("subscribe.already-all", "This chat already gets notices on all figures. Send /unsubscribe to stop them.", "本聊天已订阅全部数据的更新通知。发送 /unsubscribe 可停止。"),
        ("subscribe.done", "Subscribed to {0}.", "已订阅：{0}。"),
        ("subscribe.done.group", "Subscribed this group to {0}.", "已为本群组订阅：{0}。"),
        ("subscribe.when", "When a figure changes, I'll post what changed here: old → new, with the new source. ", "数据变化时，我会在这里发出变化：旧值 → 新值，并附新的出处。发送 "),
        ("subscribe.stop", " stops the notices.", " 可停止通知。"),
        ("subscribe.not-saved", "I couldn't save that, so nothing changed for this chat. Please try again later.", "没能保存，本聊天的设置没有变化。请稍后再试。"),
        ("subscribe.not-admin", "Only an administrator of this group can change its subscriptions. Anyone can see them with /subscriptions.",
            "只有本群组的管理员可以更改订阅。任何人都可以用 /subscriptions 查看。"),
        ("subscribe.cannot-receive", "Update notices can't be delivered to {0} chats. Subscribe from Telegram or Discord instead.",
            "更新通知无法发送到 {0} 聊天。请在 Telegram 或 Discord 中订阅。"),
        ("subscribe.unknown-topic", "I have no topic “{0}”. Choose one of: {1}.", "我没有“{0}”这个主题。请从以下选择：{1}。"),
        ("subscribe.all-figures", "all figures", "全部数据"),
        ("unsubscribe.none", "This chat has no subscriptions. Send /subscribe to get a notice when figures change.", "本聊天没有订阅。发送 /subscribe 可在数据变化时收到通知。"),
        ("unsubscribe.not-subscribed", "This chat isn't subscribed to {0}. It gets notices on {1}.", "本聊天没有订阅“{0}”。它订阅的是：{1}。"),
        ("unsubscribe.all", "Unsubscribed: this chat gets no more update notices. Send /subscribe to start again.", "已退订：本聊天不再收到更新通知。发送 /subscribe 可重新订阅。"),
        ("unsubscribe.some", "Unsubscribed from {0}. This chat still gets notices on {1}.", "已退订“{0}”。本聊天仍会收到这些通知：{1}。"),
        ("subscriptions.none", "This chat gets no update notices. Send /subscribe for all figures, or /subscribe with a topic: {0}.",
            "本聊天没有订阅更新通知。发送 /subscribe 订阅全部数据，或在 /subscribe 后加一个主题：{0}。"),
        ("subscriptions.list", "This chat gets update notices on {0}.", "本聊天订阅了这些更新通知：{0}。"),
        ("subscriptions.paused", "They are paused because I could not post here ({0}). Send /subscribe to resume.", "因为我无法在这里发消息（{0}），通知已暂停。发送 /subscribe 可恢复。"),
        ("subscriptions.gone", "the chat was gone", "聊天已不存在"),
        ("button.subscribe", "Subscribe", "订阅"),
        ("button.unsubscribe", "Unsubscribe", "退订"),
        ("button.figure", "Figure", "数据"),
        ("button.history", "History", "历史"),
        ("list.and", " and ", "和"),
        ("list.comma", ", ", "、"),
        ("stats.heading", "China's MOOCs:", "中国慕课主要数据："),
        ("stats.heading.as-of", "China's MOOCs, as of {0}:", "中国慕课主要数据（截至{0}）："),
        ("topics.heading", "{0}:", "{0}："),
        ("topics.known", "I know figures on these topics:", "我了解以下主题的数据："),
        ("topics.unknown", "I have no topic “{0}”. These are the topics I know:", "我没有“{0}”这个主题。我了解的主题有："),
        ("topics.item", " — {0} ({1} figures)", " — {0}（{1}个数据）"),
        ("topics.send", "Send ", "发送 "),
        ("topics.send.after", " to list one topic's figures.", " 查看一个主题的数据。"),
        ("related.heading", "Related to {0}:", "与“{0}”相关的数据："),
        ("source.from", "From “{0}”.", "原文出自“{0}”（英文报道）。"),
        ("source.report-figure", "{0} (as of {1}).", "该报道给出的数字：{0}（截至{1}）。"),
        ("source.in-our-words", "In our words: I cite this report but do not store its text, so I don't quote it.",
            "我引用这篇报道，但不保存其原文，所以不引用原句。"),
        ("history.heading", "{0}: {1} figures, oldest first", "{0}：共{1}个数据，从早到晚"),
        ("history.heading.one", "{0}: only one figure so far", "{0}：目前只有一个数据"),
        ("history.reported-by", "reported by {0}", "{0}报道"),
        ("chart.no-renderer", "Sorry, I can't draw charts here. /history gives a figure's values as text.", "抱歉，这里无法画图。/history 可以用文字列出一个数据的历次数值。"),
        ("chart.no-history", "No figure has more than one value yet, so there is nothing to compare over time.", "还没有哪个数据有两个或以上的数值，所以没有随时间的变化可比。"),
        ("chart.saved", "Chart saved to {0}", "图表已保存到 {0}"),
        ("chart.not-saved", "The chart could not be saved in {0}: {1}", "图表无法保存到 {0}：{1}"),
        ("chart.headline-title", "China's MOOC figures over time", "中国慕课数据的变化"),
        ("chart.headline", "{0}: {1}, each on its own scale.", "{0}：{1}，各用自己的刻度。"),
        ("chart.not-a-number", "{0} is not a number I can draw: {1}.", "“{0}”不是可以画成图的数字：{1}。"),
        ("chart.one", "{0}: only one figure so far, {1}.", "{0}：目前只有一个数据，{1}。"),
        ("chart.many", "{0}: {1} figures from {2} to {3}; the newest is {4}.", "{0}：{2}到{3}共{1}个数据；最新为{4}。"),
        ("lookup.several", "Several figures fit “{0}”. Which one did you mean?", "有几个数据符合“{0}”。你指的是哪一个？"),
        ("lookup.unknown", "Sorry, I don't know a figure called “{0}”.", "抱歉，我不知道叫“{0}”的数据。"),
        ("lookup.name-it", "Name it by its id or in a few words", "请用编号或几个词说明"),
        ("lookup.for-example", ", for example ", "，例如 "),
        ("lookup.stop", ". ", "。"),
        ("lookup.topics", " lists what I know.", " 列出我了解的数据。"),
    ];

    // Each command's Chinese name (for platforms that show localized names, as Discord does) and the line it
    // shows in /help and in the platforms' Chinese menus. "ask" and "question" are Discord's /ask and its option.
    private static readonly (string Command, string Name, string Description)[] CommandTable =
    [
        ("start", "开始", "从这里开始：我能做什么、怎么问"),
        ("help", "帮助", "怎么提问，以及我懂的命令"),
        ("language", "语言", "选择回复语言：zh、en 或 auto"),
        ("fact", "数据", "查询一个数据"),
        ("stats", "概览", "主要数据一览"),
        ("topics", "主题", "我了解的主题，或某个主题的数据"),
        ("source", "出处", "某个数据出自哪句话、哪篇文章"),
        ("related", "相关", "与某个数据相关的数据"),
        ("about", "关于", "我是谁，数据从哪里来"),
        ("subscribe", "订阅", "数据更新时在本聊天收到通知"),
        ("unsubscribe", "退订", "停止本聊天的更新通知"),
        ("subscriptions", "订阅列表", "本聊天订阅了哪些更新通知"),
        ("history", "历史", "某个数据历次公布的数值，从早到晚，附折线图"),
        ("chart", "图表", "某个数据随时间变化的折线图；不带参数时为主要数据并列"),
        ("measure", "数据项", "哪个数据：它的编号或几个词"),
        ("ask", "提问", "用日常语言问中国慕课的数据"),
        ("question", "问题", "你的问题，例如：中国有多少门慕课？"),
    ];

    // The argument's name and the example /help and a missing argument show in Chinese, for the commands that take one;
    // a command taking an id (a topic, a measure: data) keeps its own example, the same in both languages.
    private static readonly (string Command, string Argument, string? Example)[] ChineseUsageTable =
    [
        ("language", "语言", "/language zh"),
        ("fact", "查询内容", "/fact 注册用户"),
        ("topics", "主题", null),
        ("source", "数据", "/source 学习人次"),
        ("related", "数据", "/related 慕课"),
        ("subscribe", "主题", null),
        ("unsubscribe", "主题", null),
        ("history", "数据项", null),
        ("chart", "数据项", null),
    ];

    private static readonly FrozenDictionary<string, (string English, string Chinese)> Messages =
        Table.ToFrozenDictionary(row => row.Key, row => (row.English, row.Chinese), StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, (string Name, string Description)> ChineseCommands =
        CommandTable.ToFrozenDictionary(row => row.Command, row => (row.Name, row.Description), StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, (string Argument, string? Example)> ChineseUsage =
        ChineseUsageTable.ToFrozenDictionary(row => row.Command, row => (row.Argument, row.Example), StringComparer.OrdinalIgnoreCase);

    /// <summary>The message <paramref name="key"/> in <paramref name="language"/>, its placeholders filled from <paramref name="args"/>.</summary>
    public static string Get(string key, ChatLanguage language, params object?[] args)
    {
        var (english, chinese) = Messages[key];
        var format = language == ChatLanguage.Chinese && chinese.Length > 0 ? chinese : english;
        return args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
    }

    /// <summary>The command's description in <paramref name="language"/>; its English one when no Chinese one is kept.</summary>
    public static string Describe(ChatCommandInfo command, ChatLanguage language)
    {
        ArgumentNullException.ThrowIfNull(command);
        return language == ChatLanguage.Chinese && ChineseCommands.TryGetValue(command.Name, out var chinese) ? chinese.Description : command.Description;
    }

    /// <summary>The name of the command's argument ("query", in Chinese "查询内容"), or null when it takes none.</summary>
    public static string? ArgumentName(ChatCommandInfo command, ChatLanguage language)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.ArgumentName is null ? null
            : language == ChatLanguage.Chinese && ChineseUsage.TryGetValue(command.Name, out var chinese) ? chinese.Argument : command.ArgumentName;
    }

    /// <summary>The command's example ("/fact registered users", in Chinese "/fact 注册用户"), or null when it has none.</summary>
    public static string? Example(ChatCommandInfo command, ChatLanguage language)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.Example is null ? null
            : language == ChatLanguage.Chinese && ChineseUsage.TryGetValue(command.Name, out var chinese) ? chinese.Example ?? command.Example : command.Example;
    }

    /// <summary>The Chinese name and description of a command (or option), or null when none is kept (a platform then shows the English).</summary>
    public static (string Name, string Description)? Chinese(string commandName) =>
        ChineseCommands.TryGetValue(commandName, out var chinese) ? chinese : null;
}
