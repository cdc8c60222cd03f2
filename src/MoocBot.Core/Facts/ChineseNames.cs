using System.Collections.Frozen;

namespace MoocBot.Core.Facts;

/// <summary>
/// The Chinese names of the publishers, organisations and people the sources name, so a Chinese
/// reply cites 人民日报 rather than People's Daily. A name not in the table is kept as written.
/// </summary>
internal static class ChineseNames
{
    private static readonly (string English, string Chinese)[] Table =
    [
        ("People's Daily", "人民日报"),
        ("People's Daily Online", "人民网"),
        ("Xinhua", "新华社"),
        ("Xinhua News Agency", "新华社"),
        ("China Daily", "中国日报"),
        ("Global Times", "环球时报"),
        ("China News Service", "中国新闻社"),
        ("ecns.cn", "中国新闻网"),
        ("China.org.cn", "中国网"),
        ("CGTN", "中国国际电视台"),
        ("CCTV", "中央电视台"),
        ("Guangming Daily", "光明日报"),
        ("China Education Daily", "中国教育报"),
        ("Women of China", "中国妇女"),
        ("Ministry of Education", "教育部"),
        ("the Ministry of Education", "教育部"),
        ("Higher Education Department of the Ministry of Education", "教育部高等教育司"),
        ("UNESCO", "联合国教科文组织"),
        ("Ding Yasong", "丁雅诵"),
    ];

    private static readonly FrozenDictionary<string, string> ByEnglish =
        Table.ToFrozenDictionary(row => row.English, row => row.Chinese, StringComparer.OrdinalIgnoreCase);

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
