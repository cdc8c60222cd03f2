using MoocBot.Core.Facts;
using ScottPlot;

namespace MoocBot.Charts;

/// <summary>How a point shows its qualifier: a lower bound points up, an upper bound down, an estimate is hollow.</summary>
internal static class QualifierMark
{
    public static MarkerShape Shape(Qualifier qualifier) => qualifier switch
    {
        Qualifier.MoreThan => MarkerShape.FilledTriangleUp,
        Qualifier.Nearly => MarkerShape.FilledTriangleDown,
        Qualifier.About => MarkerShape.OpenCircle,
        _ => MarkerShape.FilledCircle,
    };

    /// <summary>The legend's words for a qualifier.</summary>
    public static string Meaning(Qualifier qualifier) => qualifier switch
    {
        Qualifier.MoreThan => "more than (at least this)",
        Qualifier.Nearly => "nearly (just under this)",
        Qualifier.About => "about (an estimate)",
        _ => "as stated",
    };
}
