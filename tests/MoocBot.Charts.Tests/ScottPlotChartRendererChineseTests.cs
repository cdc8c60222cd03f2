using Microsoft.Extensions.Logging;
using MoocBot.Core.Charts;
using MoocBot.Core.Conversations;
using SkiaSharp;

namespace MoocBot.Charts.Tests;

/// <summary>A Chinese chart is drawn with a CJK font; where no installed font has its glyphs, its English twin is drawn and a line logged.</summary>
public sealed class ScottPlotChartRendererChineseTests
{
    private readonly RecordingLogger<ScottPlotChartRenderer> _logger = new();

    [Fact]
    public void ChooseCjk_WellKnownFamilyInstalled_TakesItOverOthers() =>
        Assert.Equal("WenQuanYi Micro Hei", ChartFonts.ChooseCjk(["Some CJK", "WenQuanYi Micro Hei", "DejaVu Sans"], _ => true));

    [Fact]
    public void ChooseCjk_UnknownFamilyThatDrawsChinese_TakesIt() =>
        Assert.Equal("Some CJK", ChartFonts.ChooseCjk(["DejaVu Sans", "Some CJK Mono", "Some CJK"], f => f.Contains("CJK", StringComparison.Ordinal)));

    [Fact]
    public void ChooseCjk_NoFamilyDrawsChinese_Null() =>
        Assert.Null(ChartFonts.ChooseCjk(["DejaVu Sans", "Liberation Sans"], _ => false));

    [Fact]
    public void For_LatinText_TheDefaultFont() => Assert.Same(ChartFonts.Latin, ChartFonts.For("MOOCs in China, Dec 2024"));

    [Fact]
    public void For_ChineseText_AFontThatHasItsGlyphs()
    {
        // This machine and CI install a CJK font (.ci/run: fonts-wqy-microhei); without one a Chinese chart is drawn in English.
        var faces = ChartFonts.For("中国慕课数量：超过9.7万门（2024年12月）");

        Assert.NotNull(faces);
        Assert.NotSame(ChartFonts.Latin, faces);
        Assert.True(faces.Regular.ContainsGlyphs("中国慕课数量单位门年月来源"));
    }

    [Fact]
    public void RenderPng_ChineseChart_DrawsTheChineseWordsNotTheFallback()
    {
        var renderer = new ScottPlotChartRenderer(_logger);
        var english = ChartRequest.ForMeasure(SampleSeries.Moocs());
        var chinese = ChartRequest.ForMeasure(SampleSeries.MoocsInChinese()) with { Language = ChatLanguage.Chinese, Fallback = english };

        var png = renderer.RenderPng(chinese);
        WriteSampleWhenAsked("national.moocs.zh.png", png);

        Assert.NotEqual(renderer.RenderPng(english), png);
        Assert.Empty(_logger.Entries);
        using var bitmap = SKBitmap.Decode(png);
        Assert.True(CountDark(bitmap, new SKRectI(0, 0, bitmap.Width, 48)) > 300);
    }

    [Fact]
    public void RenderPng_WordsNoInstalledFontHas_DrawsTheEnglishTwinAndLogsWhy()
    {
        var renderer = new ScottPlotChartRenderer(_logger);
        var english = ChartRequest.ForMeasure(SampleSeries.Moocs());

        // Egyptian hieroglyphs stand in for Chinese on a machine without a CJK font: no font here has them.
        var undrawable = ChartRequest.ForMeasure(SampleSeries.Moocs() with { Label = "\U00013000\U00013001" }) with { Language = ChatLanguage.Chinese, Fallback = english };

        var png = renderer.RenderPng(undrawable);

        Assert.Equal(renderer.RenderPng(english), png);
        var entry = Assert.Single(_logger.Entries);
        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains("drawn with English labels", entry.Message, StringComparison.Ordinal);
        Assert.Contains("fonts-wqy-microhei", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SourceNote_ChineseChart_IsChinese() =>
        Assert.StartsWith(
            "来源：中国新闻社，2018年1月24日（2017年12月）；中国日报，2019年11月2日（2019年8月）；",
            SourceNote.Text(ChartRequest.ForMeasure(SampleSeries.MoocsInChinese()) with { Language = ChatLanguage.Chinese }),
            StringComparison.Ordinal);

    [Fact]
    public void Wrap_ChineseWithoutSpaces_BreaksBetweenCharactersWithinTheWidth()
    {
        var faces = ChartFonts.For("来源") ?? ChartFonts.Latin;
        using var font = faces.Font(13);
        var text = string.Concat(Enumerable.Repeat("来源：新华社，2024年12月13日（2024年12月）；", 8));

        var lines = ChartText.Wrap(text, font, 300);

        Assert.True(lines.Count > 1);
        Assert.All(lines, l => Assert.True(font.MeasureText(l) <= 300, l));
        Assert.Equal(text, string.Concat(lines));
    }

    [Fact]
    public void Wrap_ChineseWithNumbers_NeverBreaksInsideANumberAtAnyWidth()
    {
        var faces = ChartFonts.For("来源") ?? ChartFonts.Latin;
        using var font = faces.Font(13);
        var text = string.Concat(Enumerable.Repeat("来源：新华社，2024年12月13日（2024年12月）；", 8));

        for (var width = 120; width <= 600; width += 7)
        {
            var lines = ChartText.Wrap(text, font, width);

            Assert.Equal(text, string.Concat(lines));
            Assert.All(lines, l => Assert.True(font.MeasureText(l) <= width, l));
            Assert.All(lines.Zip(lines.Skip(1)), pair => Assert.False(
                char.IsAsciiDigit(pair.First[^1]) && char.IsAsciiDigit(pair.Second[0]),
                $"at width {width} a number is broken between lines: {pair.First} | {pair.Second}"));
        }
    }

    private static int CountDark(SKBitmap bitmap, SKRectI area)
    {
        var count = 0;
        for (var y = area.Top; y < Math.Min(bitmap.Height, area.Bottom); y++)
        {
            for (var x = area.Left; x < Math.Min(bitmap.Width, area.Right); x++)
            {
                var c = bitmap.GetPixel(x, y);
                count += c.Red < 80 && c.Green < 80 && c.Blue < 80 ? 1 : 0;
            }
        }

        return count;
    }

    private static void WriteSampleWhenAsked(string name, byte[] png)
    {
        if (Environment.GetEnvironmentVariable("MOOCBOT_CHART_SAMPLES") is { Length: > 0 } folder)
        {
            File.WriteAllBytes(Path.Combine(folder, name), png);
        }
    }
}
