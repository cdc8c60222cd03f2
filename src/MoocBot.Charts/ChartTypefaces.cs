using SkiaSharp;

namespace MoocBot.Charts;

/// <summary>One family's regular and bold faces, and its name for ScottPlot.</summary>
internal sealed record ChartTypefaces(string Family, SKTypeface Regular, SKTypeface Bold)
{
    public static ChartTypefaces Of(string family) =>
        new(family, SKTypeface.FromFamilyName(family, SKFontStyle.Normal), SKTypeface.FromFamilyName(family, SKFontStyle.Bold));

    /// <summary>A font of this family; bold is drawn heavier when the family has no bold face (most CJK fonts).</summary>
    public SKFont Font(float size, bool bold = false)
    {
        var face = bold ? Bold : Regular;
        return new SKFont(face, size) { Embolden = bold && face.FontWeight < (int)SKFontStyleWeight.SemiBold };
    }
}
