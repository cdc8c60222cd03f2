using MoocBot.Core.Charts;

namespace MoocBot.Charts.Tests;

public sealed class SourceNoteTests
{
    [Fact]
    public void Text_SourceGivingTwoMeasures_NamedOnceWithItsDate()
    {
        var request = ChartRequest.SideBySide("Headline", [SampleSeries.Moocs(), SampleSeries.Learners()]);

        var text = SourceNote.Text(request);

        Assert.StartsWith("Sources: China News Service (ecns.cn), 24 Jan 2018 (Dec 2017); China Daily, 2 Nov 2019 (Aug 2019);", text, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "Xinhua"));
        Assert.EndsWith("Xinhua (People's Daily Online), 13 Dec 2024 (Dec 2024).", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_OneSource_Singular()
    {
        var one = SampleSeries.With(SampleSeries.Countries(), ChartPoint.At("2024-12", 183, Core.Facts.Qualifier.Exact, "Xinhua, 13 Dec 2024"));

        Assert.Equal("Source: Xinhua, 13 Dec 2024 (Dec 2024).", SourceNote.Text(ChartRequest.ForMeasure(one)));
    }
}
