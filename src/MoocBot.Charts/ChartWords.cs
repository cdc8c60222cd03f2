using System.Globalization;
using MoocBot.Core.Charts;
using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;

namespace MoocBot.Charts;

/// <summary>The words a chart adds to its request's own (subtitle, legend, footnote, axis labels), in the request's language.</summary>
internal sealed class ChartWords
{
    public static readonly ChartWords English = new(ChatLanguage.English);

    public static readonly ChartWords Chinese = new(ChatLanguage.Chinese);

    private ChartWords(ChatLanguage language) => IsChinese = language == ChatLanguage.Chinese;

    public bool IsChinese { get; }

    public static ChartWords Of(ChartRequest request) => request.Language == ChatLanguage.Chinese ? Chinese : English;

    /// <summary>"Each panel has its own scale ..." for several measures; "Courses, Dec 2017 to Dec 2024; 8 reported figures, each marked." for one.</summary>
    public string Subtitle(ChartRequest request)
    {
        if (request.Series.Count > 1)
        {
            return IsChinese ? "每个面板有自己的刻度和单位；每个标记是一个公布的数字。" : "Each panel has its own scale and unit; each mark is one reported figure.";
        }

        var series = request.Series[0];
        var points = series.PointsByDate();
        if (IsChinese)
        {
            var range = points.Count == 1 ? points[0].AsOfText : points[0].AsOfText + "到" + points[^1].AsOfText;
            var count = points.Count == 1 ? "一个公布的数字。" : string.Create(CultureInfo.InvariantCulture, $"共{points.Count}个公布的数字，逐一标出。");
            return Unit(series) + "，" + range + "；" + count;
        }

        var span = points.Count == 1 ? points[0].AsOfText : points[0].AsOfText + " to " + points[^1].AsOfText;
        var marks = points.Count == 1 ? "one reported figure." : points.Count + " reported figures, each marked.";
        return Unit(series) + ", " + span + "; " + marks;
    }

    /// <summary>The y axis's words: "Courses", or on a Chinese chart "单位：门".</summary>
    public static string Unit(ChartSeries series) => series.UnitText ?? Capitalize(series.Unit);

    /// <summary>The legend's words for a qualifier.</summary>
    public string Meaning(Qualifier qualifier) => (qualifier, IsChinese) switch
    {
        (Qualifier.MoreThan, true) => "超过（至少为此数）",
        (Qualifier.Nearly, true) => "近（略低于此数）",
        (Qualifier.About, true) => "约（估计值）",
        (_, true) => "如所公布",
        _ => QualifierMark.Meaning(qualifier),
    };

    /// <summary>A month on the x axis: "Jan 2022", "2022年1月".</summary>
    public string Month(DateOnly month) => IsChinese
        ? ChineseFactFormatter.FormatMonth(month.Year, month.Month)
        : month.ToString("MMM yyyy", CultureInfo.InvariantCulture);

    /// <summary>A number on the y axis as the bot writes it: "20,000", "200 million", or "2万", "2亿".</summary>
    public string Number(decimal number) => IsChinese ? ChineseFactFormatter.FormatNumber(number) : FactFormatter.FormatNumber(number);

    /// <summary>"Source: " / "Sources: " before the footnote's list, "来源：" in Chinese.</summary>
    public string SourcesLead(int count) => IsChinese ? "来源：" : count == 1 ? "Source: " : "Sources: ";

    /// <summary>One source with the dates of its figures: "Xinhua, 13 Dec 2024 (Dec 2024)", "新华社，2024年12月13日（2024年12月）".</summary>
    public string SourceWithDates(string source, IEnumerable<string> dates) => IsChinese
        ? source + "（" + string.Join("、", dates) + "）"
        : source + " (" + string.Join(", ", dates) + ")";

    public string SourceSeparator => IsChinese ? "；" : "; ";

    public string End => IsChinese ? "。" : ".";

    private static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
