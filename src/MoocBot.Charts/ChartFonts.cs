using SkiaSharp;

namespace MoocBot.Charts;

/// <summary>
/// The fonts charts use: a common sans-serif when the machine has one, else any installed family; and for text the
/// sans-serif has no glyphs for (Chinese), a CJK family when one is installed. With no font at all Skia would draw no
/// text, so that case fails with a message saying what to install.
/// </summary>
internal static class ChartFonts
{
    /// <summary>A few characters every Chinese chart writes; a family that has them is taken as a CJK font.</summary>
    internal const string ChineseSample = "中国慕课数量年月单位来源";

    private static readonly string[] Preferred = ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica", "FreeSans"];
    private static readonly string[] PreferredCjk =
        ["Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback", "AR PL UMing CN"];

    private static readonly Lazy<string> ResolvedFamily = new(Resolve);
    private static readonly Lazy<ChartTypefaces> LatinFaces = new(() => ChartTypefaces.Of(Family));
    private static readonly Lazy<ChartTypefaces?> CjkFaces = new(() => ChooseCjk([.. SKFontManager.Default.FontFamilies], HasChinese) is { } family ? ChartTypefaces.Of(family) : null);

    /// <summary>The family name of the default font, as ScottPlot's font styler takes it.</summary>
    public static string Family => ResolvedFamily.Value;

    /// <summary>The default font (Latin text).</summary>
    public static ChartTypefaces Latin => LatinFaces.Value;

    /// <summary>The CJK font, or null when the machine has none.</summary>
    public static ChartTypefaces? Cjk => CjkFaces.Value;

    /// <summary>
    /// The fonts to draw <paramref name="text"/> with: the default one when it has every glyph, else the CJK one when that
    /// has them; null when no installed font can draw all of it.
    /// </summary>
    public static ChartTypefaces? For(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (Latin.Regular.ContainsGlyphs(text))
        {
            return Latin;
        }

        return Cjk is { } cjk && cjk.Regular.ContainsGlyphs(text) ? cjk : null;
    }

    /// <summary>The family to use among <paramref name="installed"/>, or null when there is none.</summary>
    internal static string? Choose(IReadOnlyCollection<string> installed)
    {
        foreach (var name in Preferred)
        {
            if (installed.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase)) is { } found)
            {
                return found;
            }
        }

        return installed.FirstOrDefault(f => !f.Contains("Mono", StringComparison.OrdinalIgnoreCase) && !f.Contains("Math", StringComparison.OrdinalIgnoreCase))
            ?? installed.FirstOrDefault();
    }

    /// <summary>
    /// The CJK family to use among <paramref name="installed"/>: a well-known one first, else any (not monospace) that
    /// <paramref name="hasChinese"/> says draws Chinese; null when none does.
    /// </summary>
    internal static string? ChooseCjk(IReadOnlyCollection<string> installed, Func<string, bool> hasChinese)
    {
        foreach (var name in PreferredCjk)
        {
            if (installed.FirstOrDefault(f => string.Equals(f, name, StringComparison.OrdinalIgnoreCase)) is { } found && hasChinese(found))
            {
                return found;
            }
        }

        return installed.Where(f => !f.Contains("Mono", StringComparison.OrdinalIgnoreCase)).FirstOrDefault(hasChinese);
    }

    private static bool HasChinese(string family)
    {
        using var face = SKTypeface.FromFamilyName(family);
        return face is not null && string.Equals(face.FamilyName, family, StringComparison.OrdinalIgnoreCase) && face.ContainsGlyphs(ChineseSample);
    }

    private static string Resolve() =>
        Choose([.. SKFontManager.Default.FontFamilies])
        ?? throw new InvalidOperationException(
            "No font is installed, so a chart's text cannot be drawn. Install one (on Debian or Ubuntu: apt-get install fonts-dejavu-core).");
}
