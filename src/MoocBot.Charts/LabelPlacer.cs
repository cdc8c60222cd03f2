using SkiaSharp;

namespace MoocBot.Charts;

/// <summary>
/// Places each point's label next to it without covering another label, a marker or, where it can, the line: above
/// first, then below, right, left, then further above or below; what fits nowhere goes above and may overlap.
/// </summary>
internal static class LabelPlacer
{
    private const float Gap = 9;
    private const float MarkerRadius = 8;
    private const float LineSampleStep = 4;
    private const float LineHalfWidth = 2;

    /// <param name="anchors">Each point's pixel.</param>
    /// <param name="sizes">Each label's size, in the same order.</param>
    /// <param name="bounds">Where labels may go: the plot's data area.</param>
    public static IReadOnlyList<SKRect> Place(IReadOnlyList<SKPoint> anchors, IReadOnlyList<SKSize> sizes, SKRect bounds)
    {
        var markers = anchors.Select(a => new SKRect(a.X - MarkerRadius, a.Y - MarkerRadius, a.X + MarkerRadius, a.Y + MarkerRadius)).ToList();
        var line = LineSamples(anchors);
        var placed = new List<SKRect>(anchors.Count);
        for (var i = 0; i < anchors.Count; i++)
        {
            var candidates = Candidates(anchors[i], sizes[i], bounds).ToList();
            var own = i;
            bool Free(SKRect box) =>
                box.Top >= bounds.Top && box.Bottom <= bounds.Bottom
                && !placed.Any(other => other.IntersectsWith(box))
                && !markers.Where((_, j) => j != own).Any(marker => marker.IntersectsWith(box));
            var chosen = candidates.FirstOrDefault(box => Free(box) && !line.Any(box.IntersectsWith));
            if (chosen.IsEmpty)
            {
                chosen = candidates.FirstOrDefault(Free);
            }

            placed.Add(chosen.IsEmpty ? candidates[0] : chosen);
        }

        return placed;
    }

    /// <summary>True when <paramref name="box"/> is far enough from its point that a leader line should join them.</summary>
    public static bool NeedsLeader(SKPoint anchor, SKRect box) => Distance(anchor, box) > Gap + 6;

    /// <summary>The point of <paramref name="box"/> nearest to <paramref name="anchor"/>.</summary>
    public static SKPoint Nearest(SKPoint anchor, SKRect box) =>
        new(Math.Clamp(anchor.X, box.Left, box.Right), Math.Clamp(anchor.Y, box.Top, box.Bottom));

    private static float Distance(SKPoint anchor, SKRect box) => SKPoint.Distance(anchor, Nearest(anchor, box));

    /// <summary>Small boxes along the line between consecutive points, for labels to keep clear of.</summary>
    private static List<SKRect> LineSamples(IReadOnlyList<SKPoint> anchors)
    {
        var samples = new List<SKRect>();
        for (var i = 1; i < anchors.Count; i++)
        {
            var from = anchors[i - 1];
            var to = anchors[i];
            var steps = Math.Max(1, (int)(SKPoint.Distance(from, to) / LineSampleStep));
            for (var step = 0; step <= steps; step++)
            {
                var t = step / (float)steps;
                var x = from.X + (to.X - from.X) * t;
                var y = from.Y + (to.Y - from.Y) * t;
                samples.Add(new SKRect(x - LineHalfWidth, y - LineHalfWidth, x + LineHalfWidth, y + LineHalfWidth));
            }
        }

        return samples;
    }

    private static IEnumerable<SKRect> Candidates(SKPoint anchor, SKSize size, SKRect bounds)
    {
        var centered = anchor.X - size.Width / 2;
        var leftOf = anchor.X - Gap - size.Width;
        var rightOf = anchor.X + Gap;
        var above = anchor.Y - Gap - size.Height;
        var below = anchor.Y + Gap;
        var beside = anchor.Y - size.Height / 2;
        (float Left, float Top)[] nearby =
        [
            (centered, above), (centered, below), (leftOf, above), (rightOf, below),
            (rightOf, above), (leftOf, below), (rightOf + 2, beside), (leftOf - 2, beside),
        ];
        foreach (var (left, top) in nearby)
        {
            yield return Box(left, top, size, bounds);
        }

        for (var step = 1; step <= 3; step++)
        {
            var further = step * (size.Height + 2);
            yield return Box(centered, above - further, size, bounds);
            yield return Box(centered, below + further, size, bounds);
        }
    }

    /// <summary>A label box kept inside the plot sideways, so labels of the first and last points are not cut off.</summary>
    private static SKRect Box(float left, float top, SKSize size, SKRect bounds)
    {
        left = Math.Clamp(left, bounds.Left + 2, Math.Max(bounds.Left + 2, bounds.Right - 2 - size.Width));
        return SKRect.Create(left, top, size.Width, size.Height);
    }
}
