using SkiaSharp;

namespace MoocBot.Charts;

/// <summary>Where everything goes: header, one panel per measure in a grid, legend, then the footnote's lines.</summary>
internal sealed class ChartLayout
{
    public const float Margin = 24;
    public const float HeaderHeight = 82;
    public const float LegendHeight = 34;
    public const float FootnoteLineHeight = 19;

    private const float SinglePanelWidth = 1000 - 2 * Margin;
    private const float SinglePanelHeight = 480;
    private const float GridPanelWidth = 540;
    private const float GridPanelHeight = 360;

    private ChartLayout(int seriesCount)
    {
        Columns = seriesCount switch
        {
            1 => 1,
            2 or 4 => 2,
            _ => 3,
        };
        Rows = (seriesCount + Columns - 1) / Columns;
        PanelWidth = seriesCount == 1 ? SinglePanelWidth : GridPanelWidth;
        PanelHeight = seriesCount == 1 ? SinglePanelHeight : GridPanelHeight;
        Width = (int)(Columns * PanelWidth + 2 * Margin);
    }

    public int Columns { get; }

    public int Rows { get; }

    public float PanelWidth { get; }

    public float PanelHeight { get; }

    public int Width { get; }

    public float ContentWidth => Width - 2 * Margin;

    public float LegendTop => HeaderHeight + Rows * PanelHeight;

    public float FootnoteTop => LegendTop + LegendHeight;

    public static ChartLayout For(int seriesCount) => new(seriesCount);

    public int Height(int footnoteLines) => (int)Math.Ceiling(FootnoteTop + footnoteLines * FootnoteLineHeight + Margin);

    public SKRect Panel(int index)
    {
        var column = index % Columns;
        var row = index / Columns;
        return SKRect.Create(Margin + column * PanelWidth, HeaderHeight + row * PanelHeight, PanelWidth, PanelHeight);
    }
}
