using static MoocBot.Tests.Cli.CommandLineRunner;

namespace MoocBot.Tests.Cli;

public sealed class ChartVerbTests : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("moocbot-chartverb-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Theory]
    [InlineData("national.moocs")]
    [InlineData("number of moocs")]
    public async Task Chart_MeasureAndOutput_WritesThePngAndPrintsTheCaptionAndPath(string measure)
    {
        var path = Path.Combine(_folder.FullName, "moocs.png");

        var (code, output, error) = await RunAsync(["chart", .. measure.Split(' '), "-o", path]);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.StartsWith("MOOCs in China: 8 figures from Dec 2017 to Dec 2024; the newest is more than 97,000 (Dec 2024, Xinhua).", output, StringComparison.Ordinal);
        Assert.Contains("Chart saved to " + path, output, StringComparison.Ordinal);
        var png = await File.ReadAllBytesAsync(path);
        Assert.Equal(PngSignature, png[..8]);
        Assert.True(png.Length > 10_000, "a drawn chart, not a stub");
    }

    [Fact]
    public async Task Chart_NoMeasure_WritesTheHeadlineChart()
    {
        var path = Path.Combine(_folder.FullName, "figures.png");

        var (code, output, _) = await RunAsync(["chart", "-o", path]);

        Assert.Equal(0, code);
        Assert.StartsWith("China's MOOC figures over time: MOOCs in China, ", output, StringComparison.Ordinal);
        Assert.Equal(PngSignature, (await File.ReadAllBytesAsync(path))[..8]);
    }

    [Fact]
    public async Task Chart_UnknownMeasure_ExitsNonZeroWithOneLineAndWritesNothing()
    {
        var path = Path.Combine(_folder.FullName, "none.png");

        var (code, output, error) = await RunAsync(["chart", "no.such.measure", "-o", path]);

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Equal("Sorry, I don't know a figure called “no.such.measure”.", error.TrimEnd());
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Chart_UnwritablePath_ExitsNonZeroWithOneLine()
    {
        var blocker = Path.Combine(_folder.FullName, "file");
        await File.WriteAllTextAsync(blocker, "not a folder");

        var (code, _, error) = await RunAsync(["chart", "national.moocs", "-o", Path.Combine(blocker, "moocs.png")]);

        Assert.Equal(1, code);
        Assert.StartsWith("The chart could not be written to " + Path.Combine(blocker, "moocs.png") + ": ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public async Task Chart_NoOutput_PrintsUsage()
    {
        var (code, _, error) = await RunAsync(["chart", "national.moocs"]);

        Assert.Equal(2, code);
        Assert.Equal("Usage: moocbot chart [<measure>] -o <file.png>", error.TrimEnd());
    }

    [Fact]
    public async Task Help_ListsTheChartVerb()
    {
        var (_, output, _) = await RunAsync(["help"]);

        Assert.Contains("chart [<measure>] -o <file.png>", output, StringComparison.Ordinal);
    }
}
