using MoocBot.Core.Charts;

namespace MoocBot.Core.Tests.Charts.Fakes;

/// <summary>Records what it is asked to draw and returns the PNG signature, so tests see the request the command built.</summary>
internal sealed class RecordingChartRenderer : IChartRenderer
{
    public static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public List<ChartRequest> Requests { get; } = [];

    public byte[] RenderPng(ChartRequest request)
    {
        Requests.Add(request);
        return PngSignature;
    }
}
