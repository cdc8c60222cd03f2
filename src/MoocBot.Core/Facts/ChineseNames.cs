using System.Collections.Frozen;

namespace MoocBot.Core.Facts;

/// <summary>
/// The Chinese names of the publishers, organisations and people the sources name, so a Chinese
/// reply cites 人民日报 rather than People's Daily (the [names] of <c>data/chinese.tsv</c>). A name not listed is kept as written.
/// </summary>
internal static class ChineseNames
{
    private static readonly FrozenDictionary<string, string> ByEnglish = ChineseWords.Names;

    /// <summary>
    /// The Chinese name of <paramref name="name"/>: "People's Daily" → 人民日报; a name with a
    /// bracketed second name reads both ("Xinhua (People's Daily Online)" → 新华社（人民网）).
    /// </summary>
    public static string Translate(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var trimmed = name.Trim();
        if (ByEnglish.TryGetValue(trimmed, out var chinese))
        {
            return chinese;
        }

        var open = trimmed.IndexOf(" (", StringComparison.Ordinal);
        if (open > 0 && trimmed.EndsWith(')'))
        {
            return Translate(trimmed[..open]) + "（" + Translate(trimmed[(open + 2)..^1]) + "）";
        }

        return trimmed;
    }
}
