using MoocBot.Core.Conversations;

namespace MoocBot.Core.Charts;

/// <summary>Charts as reply images.</summary>
public static class ChartRendererExtensions
{
    /// <summary>Draws <paramref name="request"/> and wraps it for a <see cref="Reply"/>, with its file name and a description as alt text.</summary>
    public static ReplyImage RenderReplyImage(this IChartRenderer renderer, ChartRequest request)
    {
        ArgumentNullException.ThrowIfNull(renderer);
        ArgumentNullException.ThrowIfNull(request);
        return new ReplyImage(renderer.RenderPng(request), request.FileName, request.Describe());
    }
}
