namespace MoocBot.Core.Charts;

/// <summary>Draws a <see cref="ChartRequest"/> as a PNG image. Registered by the host; Core holds no drawing library.</summary>
public interface IChartRenderer
{
    /// <summary>The chart as the bytes of a PNG file.</summary>
    byte[] RenderPng(ChartRequest request);
}
