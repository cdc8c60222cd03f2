using System.Buffers.Binary;
using MoocBot.Core.Charts;
using MoocBot.Core.Facts;
using SkiaSharp;

namespace MoocBot.Charts.Tests;

public sealed class ScottPlotChartRendererTests
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    private readonly ScottPlotChartRenderer _renderer = new();

    [Fact]
    public void RenderPng_OneMeasure_IsAPngOfTheSingleChartWidth()
    {
        var png = _renderer.RenderPng(ChartRequest.ForMeasure(SampleSeries.Moocs()));
        WriteSampleWhenAsked("national.moocs.png", png);

        Assert.Equal(PngSignature, png[..8]);
        var (width, height) = Size(png);
        Assert.Equal(1000, width);
        Assert.InRange(height, 600, 800);
    }

    [Fact]
    public void RenderPng_OneMeasure_DrawsTheLineAndTitleText()
    {
        using var bitmap = SKBitmap.Decode(_renderer.RenderPng(ChartRequest.ForMeasure(SampleSeries.Moocs())));

        // The line and markers are the accent blue; the title is dark text in the top band.
        Assert.True(CountPixels(bitmap, new SKRectI(0, 82, bitmap.Width, 560), IsLineBlue) > 500);
        Assert.True(CountPixels(bitmap, new SKRectI(0, 0, bitmap.Width, 48), IsDarkText) > 300);
        Assert.True(CountPixels(bitmap, new SKRectI(0, bitmap.Height - 60, bitmap.Width, bitmap.Height), IsGreyText) > 100);
    }

    [Fact]
    public void RenderPng_DifferentValues_DifferentImages()
    {
        var moocs = SampleSeries.Moocs();
        var changed = moocs with { Points = [.. moocs.Points.Take(6), ChartPoint.At("2024-12", 90000, Qualifier.MoreThan, "Xinhua, 13 Dec 2024")] };

        var first = _renderer.RenderPng(ChartRequest.ForMeasure(moocs));
        var second = _renderer.RenderPng(ChartRequest.ForMeasure(changed));

        Assert.NotEqual(first, second);
    }

    [Fact]
    public void RenderPng_SameRequestTwice_SameImage()
    {
        var request = ChartRequest.ForMeasure(SampleSeries.Learners());

        Assert.Equal(_renderer.RenderPng(request), _renderer.RenderPng(request));
    }

    [Fact]
    public void RenderPng_QualifierChanged_DifferentImage()
    {
        var exact = SampleSeries.With(SampleSeries.Countries(), ChartPoint.At("2024-12", 183, Qualifier.Exact, "Xinhua, 13 Dec 2024"));
        var moreThan = SampleSeries.With(SampleSeries.Countries(), ChartPoint.At("2024-12", 183, Qualifier.MoreThan, "Xinhua, 13 Dec 2024"));

        Assert.NotEqual(_renderer.RenderPng(ChartRequest.ForMeasure(exact)), _renderer.RenderPng(ChartRequest.ForMeasure(moreThan)));
    }

    [Fact]
    public void RenderPng_OnePoint_RendersAValidImage()
    {
        var one = SampleSeries.With(SampleSeries.Countries(), ChartPoint.At("2024-12", 183, Qualifier.Exact, "Xinhua, 13 Dec 2024"));

        var png = _renderer.RenderPng(ChartRequest.ForMeasure(one));
        WriteSampleWhenAsked("one-point.png", png);

        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.True(CountPixels(bitmap, new SKRectI(0, 82, bitmap.Width, 560), IsLineBlue) > 50);
    }

    [Fact]
    public void RenderPng_TenPointsAndTwoOnOneDate_RendersAValidImage()
    {
        var points = Enumerable.Range(0, 9)
            .Select(i => ChartPoint.At($"{2015 + i}-06", 1000m * (i + 1) * (i + 1), (Qualifier)(i % 4), $"Report {i}, {2015 + i}"))
            .Append(ChartPoint.At("2023-06", 82000, Qualifier.About, "Another report, 2023"))
            .ToList();
        var series = SampleSeries.With(SampleSeries.Moocs(), [.. points]);

        var png = _renderer.RenderPng(ChartRequest.ForMeasure(series));
        WriteSampleWhenAsked("ten-points.png", png);

        Assert.Equal(PngSignature, png[..8]);
        Assert.NotNull(SKBitmap.Decode(png));
    }

    [Fact]
    public void RenderPng_ShortSpanOfDays_RendersWithMonthTicks()
    {
        var series = SampleSeries.With(
            SampleSeries.Countries(),
            ChartPoint.At("2024-11-02", 180, Qualifier.Exact, "A"),
            ChartPoint.At("2024-12-13", 183, Qualifier.Exact, "B"));

        Assert.NotNull(SKBitmap.Decode(_renderer.RenderPng(ChartRequest.ForMeasure(series))));
    }

    [Fact]
    public void RenderPng_ZeroAndPercentValues_RendersAValidImage()
    {
        var series = new ChartSeries
        {
            MeasureId = "test.share",
            Label = "Share",
            Unit = "%",
            Points = [ChartPoint.At("2020", 0, Qualifier.Exact, "A", "%"), ChartPoint.At("2022", 97.3m, Qualifier.Nearly, "B", "%")],
        };

        Assert.NotNull(SKBitmap.Decode(_renderer.RenderPng(ChartRequest.ForMeasure(series))));
    }

    [Fact]
    public void RenderPng_HeadlineMeasuresSideBySide_IsATwoByTwoGrid()
    {
        var request = ChartRequest.SideBySide(
            "China's MOOCs: headline figures",
            [SampleSeries.Moocs(), SampleSeries.Learners(), SampleSeries.RegisteredUsers(), SampleSeries.Countries()]);

        var png = _renderer.RenderPng(request);
        WriteSampleWhenAsked("figures.png", png);

        var (width, height) = Size(png);
        Assert.Equal(2 * 540 + 48, width);
        Assert.True(height > 2 * 360);
    }

    [Fact]
    public void RenderPng_SixMeasures_IsAThreeColumnGrid()
    {
        var six = Enumerable.Range(0, 6).Select(i => SampleSeries.Moocs() with { MeasureId = "m" + i, Label = "Measure " + i }).ToList();

        var (width, _) = Size(_renderer.RenderPng(ChartRequest.SideBySide("Six", six)));

        Assert.Equal(3 * 540 + 48, width);
    }

    private static (int Width, int Height) Size(byte[] png) =>
        (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16, 4)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20, 4)));

    private static int CountPixels(SKBitmap bitmap, SKRectI area, Func<SKColor, bool> match)
    {
        var count = 0;
        for (var y = Math.Max(0, area.Top); y < Math.Min(bitmap.Height, area.Bottom); y++)
        {
            for (var x = Math.Max(0, area.Left); x < Math.Min(bitmap.Width, area.Right); x++)
            {
                if (match(bitmap.GetPixel(x, y)))
                {
                    count++;
                }
            }
        }

        return count;
    }

    private static bool IsLineBlue(SKColor c) => Math.Abs(c.Red - 0x2F) < 12 && Math.Abs(c.Green - 0x6F) < 12 && Math.Abs(c.Blue - 0xB3) < 12;

    private static bool IsDarkText(SKColor c) => c.Red < 80 && c.Green < 80 && c.Blue < 80;

    private static bool IsGreyText(SKColor c) => c.Red < 140 && Math.Abs(c.Red - c.Blue) < 16;

    /// <summary>Set MOOCBOT_CHART_SAMPLES to a folder to keep the images these tests draw, to look at them.</summary>
    private static void WriteSampleWhenAsked(string name, byte[] png)
    {
        if (Environment.GetEnvironmentVariable("MOOCBOT_CHART_SAMPLES") is { Length: > 0 } folder)
        {
            File.WriteAllBytes(Path.Combine(folder, name), png);
        }
    }
}
