using SkiaSharp;

namespace MoocBot.Charts.Tests;

public sealed class LabelPlacerTests
{
    private static readonly SKRect Bounds = new(0, 0, 800, 400);

    [Fact]
    public void Place_TwoPointsOnOneSpot_LabelsDoNotOverlap()
    {
        var boxes = LabelPlacer.Place([new SKPoint(400, 200), new SKPoint(400, 200)], [new SKSize(120, 36), new SKSize(120, 36)], Bounds);

        Assert.False(boxes[0].IntersectsWith(boxes[1]));
    }

    [Fact]
    public void Place_PointAtTheRightEdge_LabelStaysInside()
    {
        var box = LabelPlacer.Place([new SKPoint(795, 200)], [new SKSize(150, 36)], Bounds)[0];

        Assert.True(box.Right <= Bounds.Right);
    }

    [Fact]
    public void Place_CrowdedPoints_NoLabelCoversAnotherPointsMarker()
    {
        var anchors = Enumerable.Range(0, 5).Select(i => new SKPoint(300 + i * 40, 380 - i * 70)).ToList();
        var boxes = LabelPlacer.Place(anchors, [.. anchors.Select(_ => new SKSize(110, 36))], Bounds);

        for (var i = 0; i < anchors.Count; i++)
        {
            for (var j = 0; j < anchors.Count; j++)
            {
                Assert.True(i == j || !boxes[i].Contains(anchors[j]), $"label {i} covers point {j}");
            }
        }
    }
}
