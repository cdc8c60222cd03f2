using System.Collections.Frozen;

namespace MoocBot.Core.Conversations;

/// <summary>Greetings, thanks and goodbyes get a friendly word instead of "I don't have a figure for that".</summary>
internal static class SmallTalk
{
    private static readonly FrozenSet<string> Greetings = FrozenSet.ToFrozenSet(
    [
        "hi", "hello", "hey", "hiya", "howdy", "yo", "hi there", "hello there", "hey there", "good morning",
        "good afternoon", "good evening", "greetings", "hi bot", "hello bot", "hey bot", "你好", "您好", "嗨",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Thanks = FrozenSet.ToFrozenSet(
    [
        "thanks", "thank you", "thx", "ty", "thanks a lot", "thank you very much", "many thanks", "cheers",
        "great thanks", "ok thanks", "ok thank you", "thanks bot", "谢谢", "多谢",
    ], StringComparer.Ordinal);

    private static readonly FrozenSet<string> Goodbyes = FrozenSet.ToFrozenSet(
    [
        "bye", "goodbye", "good bye", "see you", "see ya", "bye bye", "good night", "再见",
    ], StringComparer.Ordinal);

    public static Reply? TryReply(string text)
    {
        if (text.Length > 40)
        {
            return null;
        }

        var key = Normalize(text);
        if (Greetings.Contains(key))
        {
            return ReplyComposer.ComposeText(
                "Hello! Ask me about China's MOOC figures, for example “how many MOOCs are there?” or “how many registered users?”.",
                "Send /help for the commands.");
        }

        if (Thanks.Contains(key))
        {
            return ReplyComposer.ComposeText("You're welcome! Ask me another figure any time.");
        }

        return Goodbyes.Contains(key) ? ReplyComposer.ComposeText("Goodbye! Come back for more MOOC figures any time.") : null;
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
