using SkiaSharp;

namespace MoocBot.Charts;

/// <summary>
/// The font every chart uses: a common sans-serif when the machine has one, else any installed family. With no
/// font at all Skia would draw no text, so that case fails with a message saying what to install.
/// </summary>
internal static class ChartFonts
{
    private static readonly string[] Preferred = ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica", "FreeSans"];
    private static readonly Lazy<string> ResolvedFamily = new(Resolve);
    private static readonly Lazy<SKTypeface> RegularFace = new(() => SKTypeface.FromFamilyName(Family, SKFontStyle.Normal));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => SKTypeface.FromFamilyName(Family, SKFontStyle.Bold));

    /// <summary>The family name, as ScottPlot's font styler takes it.</summary>
    public static string Family => ResolvedFamily.Value;

    public static SKTypeface Regular => RegularFace.Value;

    public static SKTypeface Bold => BoldFace.Value;

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

    private static string Resolve() =>
        Choose([.. SKFontManager.Default.FontFamilies])
        ?? throw new InvalidOperationException(
            "No font is installed, so a chart's text cannot be drawn. Install one (on Debian or Ubuntu: apt-get install fonts-dejavu-core).");
}
