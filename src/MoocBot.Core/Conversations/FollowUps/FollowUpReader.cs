using System.Text.RegularExpressions;

namespace MoocBot.Core.Conversations.FollowUps;

/// <summary>
/// Recognises a follow-up by its shape, in English and Chinese: a lead ("and …", "what about …", "那…") or a tail ("…呢"),
/// a place (one of <see cref="FollowUpPlaces"/>, data) or a time alone ("in the west?", "2020年呢"), "where is that from?" / "数据是哪来的？", "why so many?" /
/// "为什么这么多？". Anything else is a full question (null). A full question too short to name its subject ("占比多少？")
/// is <see cref="IsElliptical"/>: tried against the context when it cannot be answered alone.
/// </summary>
public static partial class FollowUpReader
{
    private const int MaxFollowUpLength = 80;
    private const int MaxEllipticalLength = 12;

    /// <summary>The follow-up <paramref name="text"/> asks, or null when it is a full question; <paramref name="places"/> are the places it may name.</summary>
    public static FollowUpRequest? Read(string text, FollowUpPlaces places)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(places);
        var trimmed = TrailingPunctuation().Replace(text.Trim(), string.Empty);
        if (trimmed.Length == 0 || trimmed.Length > MaxFollowUpLength)
        {
            return null;
        }

        if (SourceShape().IsMatch(trimmed) || (trimmed.Length <= MaxEllipticalLength && ChineseSource().IsMatch(trimmed)))
        {
            return new FollowUpRequest(FollowUpKind.Source, text, null, null, string.Empty);
        }

        if (ReasonShape().IsMatch(trimmed) || (trimmed.Length <= MaxEllipticalLength && ChineseReason().IsMatch(trimmed)))
        {
            return new FollowUpRequest(FollowUpKind.Reason, text, null, null, string.Empty);
        }

        var lead = Lead().Match(trimmed);
        var rest = trimmed[lead.Length..];
        var tail = ChineseTail().Match(rest);
        rest = tail.Success ? rest[..tail.Index] : rest;
        var shaped = lead.Length > 0 || tail.Success;

        string? topic = null;
        string? otherPlace = null;
        var namesPlace = false;
        if (places.Find(rest) is var (place, placeTopic))
        {
            (topic, otherPlace, namesPlace) = (placeTopic, placeTopic is null ? PlaceWords().Replace(place.Value, string.Empty).Trim() : null, true);
            rest = rest.Remove(place.Index, place.Length);
        }

        var namesTime = TimePhrase().IsMatch(rest);
        if (!shaped && !namesPlace && !namesTime)
        {
            // Most messages are full questions: nothing here can make one a follow-up, so the fillers are not stripped.
            return null;
        }

        var withoutTime = namesTime ? TimePhrase().Replace(rest, " ") : rest;
        var measure = Spaces().Replace(EnglishFiller().Replace(withoutTime, " "), " ").Trim();
        if (ChineseFiller().IsMatch(measure))
        {
            measure = string.Empty;
        }

        if (!shaped && (measure.Length > 0 || (!namesPlace && !namesTime)))
        {
            return null;
        }

        return new FollowUpRequest(FollowUpKind.Refine, text, topic, otherPlace, measure);
    }

    /// <summary>A question short enough to lean on the one before ("占比多少？", "用几种语言？", "how many teachers?").</summary>
    public static bool IsElliptical(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var trimmed = TrailingPunctuation().Replace(text.Trim(), string.Empty);
        return trimmed.Length > 0 && trimmed.Length <= MaxEllipticalLength;
    }

    [GeneratedRegex(@"[\s?？!！.。~～…]+$")]
    private static partial Regex TrailingPunctuation();

    [GeneratedRegex(@"^(?:那么|那个|那)|^(?:(?:and|but|so|ok|okay|then|also)[\s,，]+)*(?:(?:what|how)\s+about\s+|what\s+of\s+|same\s+(?:for|with)\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex Lead();

    [GeneratedRegex(@"(?:呢|呀|啊)+$")]
    private static partial Regex ChineseTail();

    [GeneratedRegex(@"^(?:(?:and|so)\s+)?(?:where\s+(?:is|was|does|did|do)\s+(?:that|this|it|the\s+(?:figure|number|data))\s+(?:come\s+|coming\s+)?from|where(?:'s|’s|\s+is)\s+(?:that|this|it)\s+from|what(?:'s|’s|\s+is)\s+(?:the|its|your)\s+source|(?:the\s+)?sources?|sources?\s+please|says\s+who|who\s+says(?:\s+so)?|according\s+to\s+(?:whom|who)|how\s+do\s+you\s+know(?:\s+(?:that|this))?)$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceShape();

    [GeneratedRegex(@"哪来|哪里来|哪儿来|从哪|出处|来源|出自|谁说的|哪來|哪裡來|出處|來源")]
    private static partial Regex ChineseSource();

    [GeneratedRegex(@"^(?:(?:and|but)\s+)?(?:why|how\s+come)(?:\s+(?:so|that|such\s+a)\s+(?:many|much|few|little|high|low|large|big|small|great)(?:\s+\w+)?|\s+(?:is|are|was|were)\s+(?:it|that|this|there|they)\s+so\s+\w+(?:\s+\w+)?|\s+(?:is|was)\s+(?:it|that))?$", RegexOptions.IgnoreCase)]
    private static partial Regex ReasonShape();

    [GeneratedRegex(@"^那?(?:为什么|为何|爲什麼|為什麼|怎么|咋)(?:会|會)?(?:这么|那么|如此|這麼|那麼)?(?:多|少|高|低|大)?(?:呢|啊|呀)?$")]
    private static partial Regex ChineseReason();






    [GeneratedRegex(@"(?:\b(?:in|as\s+of|by|at\s+the\s+end\s+of|end\s+of)\s+)?(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?\b(?:19|20)\d{2}\b|\b(?:last|this)\s+year\b|(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:底|末|初)?|去年|今年|前年", RegexOptions.IgnoreCase)]
    private static partial Regex TimePhrase();

    [GeneratedRegex(@"\b(?:in|the|of|for|about|at|on|there|that|those|these|it|its|same|one|ones|figures?|numbers?|then|region|area|part|side|please)\b", RegexOptions.IgnoreCase)]
    private static partial Regex EnglishFiller();

    [GeneratedRegex(@"^(?:的|上|在|地区|地區|方面|那边|這邊|这边|那里|的话|情况|年|时候|时|个)*$")]
    private static partial Regex ChineseFiller();

    [GeneratedRegex(@"^\s*(?:(?:in|for|of|on)\s+)?(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex PlaceWords();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
