using System.Collections.Frozen;
using MoocBot.Core.Answering;

namespace MoocBot.Core.Conversations;

/// <summary>Reading and naming chat languages: the /language argument, a platform's language hint, a Chinese question.</summary>
public static class ChatLanguages
{
    private static readonly FrozenDictionary<string, ChatLanguage> Names = new Dictionary<string, ChatLanguage>(StringComparer.OrdinalIgnoreCase)
    {
        ["auto"] = ChatLanguage.Auto,
        ["自动"] = ChatLanguage.Auto,
        ["en"] = ChatLanguage.English,
        ["english"] = ChatLanguage.English,
        ["英文"] = ChatLanguage.English,
        ["英语"] = ChatLanguage.English,
        ["zh"] = ChatLanguage.Chinese,
        ["cn"] = ChatLanguage.Chinese,
        ["chinese"] = ChatLanguage.Chinese,
        ["中文"] = ChatLanguage.Chinese,
        ["汉语"] = ChatLanguage.Chinese,
        ["简体中文"] = ChatLanguage.Chinese,
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="text"/> has a Chinese character: a question in Chinese, or mixed ("MOOC有多少").</summary>
    public static bool IsChinese(string? text)
    {
        foreach (var c in text.AsSpan())
        {
            if (TextFolder.IsCjk(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads a /language argument: zh, en or auto (and their names in either language).</summary>
    public static bool TryParse(string? text, out ChatLanguage language) => Names.TryGetValue(text?.Trim() ?? "", out language);

    /// <summary>The code stored and shown for <paramref name="language"/>: "zh", "en" or "auto".</summary>
    public static string Code(ChatLanguage language) => language switch
    {
        ChatLanguage.Chinese => "zh",
        ChatLanguage.English => "en",
        _ => "auto",
    };

    /// <summary>
    /// The language of a reply: the chat's choice when it made one; under auto, Chinese for Chinese text, else
    /// the platform's hint (Telegram's language_code, Discord's locale: "zh", "zh-CN", "zh-TW" mean Chinese).
    /// </summary>
    public static ChatLanguage Resolve(ChatLanguage chosen, string? text, string? platformHint)
    {
        if (chosen != ChatLanguage.Auto)
        {
            return chosen;
        }

        return IsChinese(text) || IsChineseHint(platformHint) ? ChatLanguage.Chinese : ChatLanguage.English;
    }

    /// <summary>The language of a reply to <paramref name="text"/> with no chat choice and no platform hint: Chinese for Chinese text, else English.</summary>
    public static ChatLanguage OfText(string? text) => Resolve(ChatLanguage.Auto, text, platformHint: null);

    private static bool IsChineseHint(string? hint) =>
        hint is not null && (hint.Equals("zh", StringComparison.OrdinalIgnoreCase) || hint.StartsWith("zh-", StringComparison.OrdinalIgnoreCase) || hint.StartsWith("zh_", StringComparison.OrdinalIgnoreCase));
}
