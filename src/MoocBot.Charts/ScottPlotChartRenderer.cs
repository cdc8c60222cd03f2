using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MoocBot.Core.Charts;
using MoocBot.Core.Facts;
using ScottPlot;
using ScottPlot.TickGenerators;
using SkiaSharp;

namespace MoocBot.Charts;

/// <summary>
/// Draws charts with ScottPlot on a SkiaSharp canvas: a title, one line per measure with every observation marked
/// (its shape says "more than", "nearly" or "about"; its label gives the figure as the bot writes it), the unit on
/// the y axis, dates on the x axis, a legend of the marks used, and the sources in a footnote.
/// </summary>
internal sealed class ScottPlotChartRenderer(ILogger<ScottPlotChartRenderer>? logger = null) : IChartRenderer
{
    private const int MaxTwoLineLabels = 8;
    private const float PanelTitleHeight = 30;

    private static readonly SKColor Ink = new(0x22, 0x22, 0x22);
    private static readonly SKColor Muted = new(0x5F, 0x63, 0x68);
    private static readonly SKColor LineBlue = new(0x2F, 0x6F, 0xB3);

    private readonly ILogger _logger = logger ?? (ILogger)NullLogger.Instance;

    public byte[] RenderPng(ChartRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var faces = ChartFonts.For(AllText(request));
        if (faces is null && request.Fallback is { } fallback)
        {
            // No installed font has this chart's glyphs (a Chinese chart on a machine without a CJK font): draw its English twin.
            Log.NoFontForChart(_logger, request.Language.ToString(), fallback.Title);
            return Draw(fallback, ChartFonts.Latin);
        }

        return Draw(request, faces ?? ChartFonts.Latin);
    }

    /// <summary>Every word the chart will draw, to choose a font that has all their glyphs.</summary>
    private static string AllText(ChartRequest request)
    {
        var words = ChartWords.Of(request);
        return string.Concat(
            [
                request.Title,
                words.Subtitle(request),
                SourceNote.Text(request),
                .. request.Series.Select(s => s.Label + ChartWords.Unit(s)),
                .. request.Series.SelectMany(s => s.Points).Select(p => p.Display + p.AsOfText + words.Meaning(p.Qualifier)),
                words.Month(new DateOnly(2020, 1, 1)),
                words.Number(100_000_000m),
            ]);
    }

    private static byte[] Draw(ChartRequest request, ChartTypefaces faces)
    {
        var words = ChartWords.Of(request);
        var layout = ChartLayout.For(request.Series.Count);
        using var noteFont = faces.Font(13);
        var note = ChartText.Wrap(SourceNote.Text(request), noteFont, layout.ContentWidth);

        using var surface = SKSurface.Create(new SKImageInfo(layout.Width, layout.Height(note.Count), SKColorType.Rgba8888, SKAlphaType.Premul))
            ?? throw new InvalidOperationException("SkiaSharp could not create a drawing surface.");
        var canvas = surface.Canvas;
        canvas.Clear(SKColors.White);

        DrawHeader(canvas, request, layout, faces, words);
        for (var i = 0; i < request.Series.Count; i++)
        {
            DrawPanel(canvas, request.Series[i], layout.Panel(i), request.Series.Count > 1, faces, words);
        }

        DrawLegend(canvas, request, layout, faces, words);
        for (var line = 0; line < note.Count; line++)
        {
            ChartText.Draw(canvas, note[line], ChartLayout.Margin, layout.FootnoteTop + (line + 1) * ChartLayout.FootnoteLineHeight - 5, noteFont, Muted);
        }

        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }

    private static void DrawHeader(SKCanvas canvas, ChartRequest request, ChartLayout layout, ChartTypefaces faces, ChartWords words)
    {
        using var titleFont = faces.Font(26, bold: true);
        using var subtitleFont = faces.Font(15);
        ChartText.Draw(canvas, Fit(request.Title, titleFont, layout.ContentWidth), ChartLayout.Margin, 40, titleFont, Ink);
        ChartText.Draw(canvas, Fit(words.Subtitle(request), subtitleFont, layout.ContentWidth), ChartLayout.Margin, 66, subtitleFont, Muted);
    }

    private static void DrawPanel(SKCanvas canvas, ChartSeries series, SKRect panel, bool inGrid, ChartTypefaces faces, ChartWords words)
    {
        var points = series.PointsByDate();
        var plotArea = panel;
        if (inGrid)
        {
            using var panelTitleFont = faces.Font(17, bold: true);
            ChartText.Draw(canvas, Fit(series.Label, panelTitleFont, panel.Width - 16), panel.Left + 8, panel.Top + 22, panelTitleFont, Ink);
            plotArea = new SKRect(panel.Left, panel.Top + PanelTitleHeight, panel.Right, panel.Bottom);
        }

        var plot = BuildPlot(series, points, inGrid, faces, words);
        // ScottPlot clears what it draws on; the clip keeps that to this panel, not the header or the other panels.
        canvas.Save();
        canvas.ClipRect(plotArea);
        plot.Render(canvas, new PixelRect(plotArea.Left, plotArea.Right, plotArea.Bottom, plotArea.Top));
        canvas.Restore();
        DrawPointLabels(canvas, plot, points, twoLines: !inGrid && points.Count <= MaxTwoLineLabels, inGrid ? 12.5f : 14, faces);
    }

    private static Plot BuildPlot(ChartSeries series, IReadOnlyList<ChartPoint> points, bool inGrid, ChartTypefaces faces, ChartWords words)
    {
        var plot = new Plot();
        plot.Font.Set(faces.Family);
        var xs = points.Select(p => TimeAxis.X(p.AsOf)).ToArray();
        var ys = points.Select(p => (double)p.Value).ToArray();
        var color = new Color(LineBlue.Red, LineBlue.Green, LineBlue.Blue);

        var line = plot.Add.Scatter(xs, ys, color);
        line.LineWidth = 2.5f;
        line.MarkerSize = 0;
        for (var i = 0; i < points.Count; i++)
        {
            var marker = plot.Add.Marker(xs[i], ys[i], QualifierMark.Shape(points[i].Qualifier), inGrid ? 11 : 14, color);
            marker.MarkerStyle.LineWidth = 2.5f;
            if (points[i].Qualifier == Qualifier.About)
            {
                // Hollow, on white, so the line does not show through it.
                marker.MarkerStyle.FillColor = Colors.White;
            }
        }

        var (xMin, xMax) = TimeAxis.Limits(points);
        var (yMin, yMax) = ValueAxis.Limits(points);
        plot.Axes.SetLimits(xMin, xMax, yMin, yMax);

        var ticks = TimeAxis.Ticks(xMin, xMax, words);
        plot.Axes.Bottom.TickGenerator = new NumericManual([.. ticks.Select(t => t.X)], [.. ticks.Select(t => t.Label)]);
        var unit = series.Unit;
        var values = ValueAxis.Ticks(yMin, yMax, inGrid ? 5 : 8);
        plot.Axes.Left.TickGenerator = new NumericManual([.. values], [.. values.Select(v => ValueAxis.Format(v, unit, words))]);
        plot.YLabel(ChartWords.Unit(series), inGrid ? 14 : 16);

        var tickSize = inGrid ? 12 : 14;
        plot.Axes.Bottom.TickLabelStyle.FontSize = tickSize;
        plot.Axes.Left.TickLabelStyle.FontSize = tickSize;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Grid.MajorLineColor = Colors.Black.WithAlpha(0.09);
        return plot;
    }

    private static void DrawPointLabels(SKCanvas canvas, Plot plot, IReadOnlyList<ChartPoint> points, bool twoLines, float size, ChartTypefaces faces)
    {
        using var valueFont = faces.Font(size, bold: true);
        using var dateFont = faces.Font(size - 1.5f);
        var lineHeight = size + 3;
        var anchors = new List<SKPoint>(points.Count);
        var sizes = new List<SKSize>(points.Count);
        foreach (var point in points)
        {
            var pixel = plot.GetPixel(new Coordinates(TimeAxis.X(point.AsOf), (double)point.Value));
            anchors.Add(new SKPoint(pixel.X, pixel.Y));
            var width = ChartText.Width(valueFont, point.Display);
            if (twoLines)
            {
                width = Math.Max(width, ChartText.Width(dateFont, point.AsOfText));
            }

            sizes.Add(new SKSize(width + 8, (twoLines ? 2 : 1) * lineHeight + 4));
        }

        var data = plot.LastRender.DataRect;
        var boxes = LabelPlacer.Place(anchors, sizes, new SKRect(data.Left, data.Top, data.Right, data.Bottom));
        using var halo = ChartText.Paint(SKColors.White.WithAlpha(225));
        using var leader = new SKPaint { Color = Muted.WithAlpha(160), IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 1 };
        for (var i = 0; i < points.Count; i++)
        {
            var box = boxes[i];
            if (LabelPlacer.NeedsLeader(anchors[i], box))
            {
                canvas.DrawLine(anchors[i], LabelPlacer.Nearest(anchors[i], box), leader);
            }

            canvas.DrawRoundRect(box, 3, 3, halo);
            var baseline = box.Top + 2 + size;
            ChartText.Draw(canvas, points[i].Display, box.MidX, baseline, valueFont, Ink, SKTextAlign.Center);
            if (twoLines)
            {
                ChartText.Draw(canvas, points[i].AsOfText, box.MidX, baseline + lineHeight, dateFont, Muted, SKTextAlign.Center);
            }
        }
    }

    private static void DrawLegend(SKCanvas canvas, ChartRequest request, ChartLayout layout, ChartTypefaces faces, ChartWords words)
    {
        var used = request.Series.SelectMany(s => s.Points).Select(p => p.Qualifier).Distinct().Order().ToList();
        using var font = faces.Font(14);
        using var fill = ChartText.Paint(LineBlue);
        using var stroke = new SKPaint { Color = LineBlue, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeWidth = 2.5f };
        var x = ChartLayout.Margin + 8;
        var middle = layout.LegendTop + ChartLayout.LegendHeight / 2;
        foreach (var qualifier in used)
        {
            DrawMark(canvas, qualifier, x, middle, fill, stroke);
            var text = words.Meaning(qualifier);
            ChartText.Draw(canvas, text, x + 13, middle + 5, font, Ink);
            x += 13 + ChartText.Width(font, text) + 28;
        }
    }

    private static void DrawMark(SKCanvas canvas, Qualifier qualifier, float x, float y, SKPaint fill, SKPaint stroke)
    {
        const float r = 6;
        switch (qualifier)
        {
            case Qualifier.MoreThan:
            case Qualifier.Nearly:
                var up = qualifier == Qualifier.MoreThan ? -1 : 1;
                using (var path = new SKPath())
                {
                    path.MoveTo(x, y + up * r);
                    path.LineTo(x - r, y - up * r * 0.75f);
                    path.LineTo(x + r, y - up * r * 0.75f);
                    path.Close();
                    canvas.DrawPath(path, fill);
                }

                break;
            case Qualifier.About:
                canvas.DrawCircle(x, y, r - 1, stroke);
                break;
            default:
                canvas.DrawCircle(x, y, r, fill);
                break;
        }
    }

    /// <summary>The text, shortened with an ellipsis when wider than <paramref name="width"/>.</summary>
    private static string Fit(string text, SKFont font, float width)
    {
        if (font.MeasureText(text) <= width)
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 1 && font.MeasureText(text[..cut] + "…") > width)
        {
            cut--;
        }

        return text[..cut].TrimEnd() + "…";
    }
}
