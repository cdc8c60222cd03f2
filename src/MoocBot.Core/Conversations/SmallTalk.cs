using System.Collections.Frozen;

namespace MoocBot.Core.Conversations;

/// <summary>Greetings, thanks and goodbyes get a friendly word instead of "I don't have a figure for that".</summary>
internal static class SmallTalk
{
    private static readonly FrozenSet<string> Greetings = FrozenSet.ToFrozenSet(
    [
        "hi", "hello", "hey", "hiya", "howdy", "yo", "hi there", "hello there", "hey there", "good morning",
        "good afternoon", "good evening", "greetings", "hi bot", "hello bot", "hey bot", "你好", "您好", "嗨", "早上好", "晚上好", "哈喽",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Thanks = FrozenSet.ToFrozenSet(
    [
        "thanks", "thank you", "thx", "ty", "thanks a lot", "thank you very much", "many thanks", "cheers",
        "great thanks", "ok thanks", "ok thank you", "thanks bot", "谢谢", "多谢", "谢谢你", "感谢",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Goodbyes = FrozenSet.ToFrozenSet(
    [
        "bye", "goodbye", "good bye", "see you", "see ya", "bye bye", "good night", "再见", "拜拜", "晚安",
    ], StringComparer.Ordinal);

    public static Reply? TryReply(string text, ChatLanguage language)
    {
        if (text.Length > 40)
        {
            return null;
        }

        var key = Normalize(text);
        var chinese = language == ChatLanguage.Chinese;
        if (Greetings.Contains(key))
        {
            return chinese
                ? ReplyComposer.ComposeText("你好！问我中国慕课的数据吧，例如“中国有多少门慕课？”或“慕课注册用户有多少？”。", "发送 /help 查看命令。")
                : ReplyComposer.ComposeText(
                    "Hello! Ask me about China's MOOC figures, for example “how many MOOCs are there?” or “how many registered users?”.",
                    "Send /help for the commands.");
        }

        if (Thanks.Contains(key))
        {
            return ReplyComposer.ComposeText(chinese ? "不客气！随时问我别的数据。" : "You're welcome! Ask me another figure any time.");
        }

        if (!Goodbyes.Contains(key))
        {
            return null;
        }

        return ReplyComposer.ComposeText(chinese ? "再见！想了解更多慕课数据，随时回来。" : "Goodbye! Come back for more MOOC figures any time.");
    }

    private static string Normalize(string text)
    {
        Span<char> buffer = stackalloc char[text.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && length > 0)
                {
                    buffer[length++] = ' ';
                }

                buffer[length++] = char.ToLowerInvariant(c);
                pendingSpace = false;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return new string(buffer[..length]);
    }
}
