using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using MoocBot.Charts;
using MoocBot.Core;
using MoocBot.Core.Charts;
using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;
using MoocBot.Hosting;
using MoocBot.Terminal;
using MoocBot.Tests.Fakes;

namespace MoocBot.Tests.Terminal;

public sealed class ChartFilesTests : IDisposable
{
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("moocbot-charts-");

    private static ChartRequest Moocs => ChartRequest.ForMeasure(new ChartSeries
    {
        MeasureId = "national.moocs",
        Label = "MOOCs in China",
        Unit = "courses",
        Points =
        [
            ChartPoint.At("2022-11", 62000, Qualifier.Exact, "People's Daily, 2 Jan 2023"),
            ChartPoint.At("2024-12", 97000, Qualifier.MoreThan, "Xinhua (People's Daily Online), 13 Dec 2024"),
        ],
    });

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task WriteAsync_RequestAndPath_WritesThePngThere()
    {
        var path = Path.Combine(_folder.FullName, "out", "moocs.png");

        var written = await Files().WriteAsync(Moocs, path, CancellationToken.None);

        Assert.Equal(path, written);
        Assert.Equal(PngSignature, (await File.ReadAllBytesAsync(path))[..8]);
    }

    [Fact]
    public async Task WriteAsync_NoPath_WritesIntoTheFolderUnderTheChartsName()
    {
        var written = await Files().WriteAsync(Moocs, null, CancellationToken.None);

        Assert.Equal(Path.Combine(_folder.FullName, "national.moocs.png"), written);
        Assert.True(File.Exists(written));
    }

    [Fact]
    public async Task WriteAsync_ImageNamePointingElsewhere_StaysInTheFolder()
    {
        var written = await Files().WriteAsync(new ReplyImage(PngSignature, "../../escape.png", "x"), null, CancellationToken.None);

        Assert.Equal(Path.Combine(_folder.FullName, "escape.png"), written);
    }

    [Fact]
    public async Task ToConsoleTextAsync_ReplyWithImage_TextThenWhereTheChartWasSaved()
    {
        var reply = new Reply { Blocks = [ReplyBlock.Text("MOOCs in China over time")], Image = new ReplyImage(PngSignature, "national.moocs.png", "x") };

        var text = await Files().ToConsoleTextAsync(reply, CancellationToken.None);

        var saved = Path.Combine(_folder.FullName, "national.moocs.png");
        Assert.Equal("MOOCs in China over time\nChart saved to " + saved, text);
        Assert.Equal(PngSignature, await File.ReadAllBytesAsync(saved));
    }

    [Fact]
    public async Task ToConsoleTextAsync_ChineseReply_SaysWhereTheChartWasSavedInChinese()
    {
        var reply = new Reply { Blocks = [ReplyBlock.Text("中国慕课数量")], Image = new ReplyImage(PngSignature, "national.moocs.png", "x"), Language = ChatLanguage.Chinese };

        var text = await Files().ToConsoleTextAsync(reply, CancellationToken.None);

        Assert.Equal("中国慕课数量\n图表已保存到 " + Path.Combine(_folder.FullName, "national.moocs.png"), text);
    }

    [Fact]
    public async Task ToConsoleTextAsync_FolderCannotBeMade_SaysSoInsteadOfFailing()
    {
        var blocked = Path.Combine(_folder.FullName, "a-file");
        await File.WriteAllTextAsync(blocked, "not a folder");
        var files = new ChartFiles(new ScottPlotChartRenderer(), Path.Combine(blocked, "charts"));
        var reply = new Reply { Blocks = [ReplyBlock.Text("Chart")], Image = new ReplyImage(PngSignature, "c.png", "x") };

        var text = await files.ToConsoleTextAsync(reply, CancellationToken.None);

        Assert.StartsWith("Chart\nThe chart could not be saved in " + Path.Combine(blocked, "charts"), text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsoleChat_CommandAnsweringWithAChart_PrintsTheTextAndTheFilesPath()
    {
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddMoocBotCore(TestBot.Repository)
            .AddMoocBotCharts()
            .AddSingleton<IChatCommand, ChartCommand>()
            .BuildServiceProvider();
        var output = new StringWriter();
        var chat = new ConsoleChat(
            services.GetRequiredService<ConversationRouter>(),
            new ConsoleChatStreams(new StringReader("/testchart\n"), output, Interactive: false),
            Files(),
            new StoppedLifetime());

        await chat.RunAsync(CancellationToken.None);

        var saved = Path.Combine(_folder.FullName, "national.moocs.png");
        Assert.Contains("MOOCs in China\nChart saved to " + saved, output.ToString(), StringComparison.Ordinal);
        Assert.Equal(PngSignature, (await File.ReadAllBytesAsync(saved))[..8]);
    }

    [Fact]
    public void AddMoocBotChartFiles_ResolvesTheRendererBehindItsInterface()
    {
        using var services = new ServiceCollection().AddMoocBotChartFiles().BuildServiceProvider();

        Assert.IsType<ScottPlotChartRenderer>(services.GetRequiredService<IChartRenderer>());
        Assert.Equal(ChartFiles.DefaultFolder, services.GetRequiredService<ChartFiles>().Folder);
    }

    [Fact]
    public async Task BotHost_ComposesTheRenderer()
    {
        await using var bot = TestBot.Build();

        Assert.IsType<ScottPlotChartRenderer>(bot.Services.GetRequiredService<IChartRenderer>());
    }

    private ChartFiles Files() => new(new ScottPlotChartRenderer(), _folder.FullName);

    private sealed class ChartCommand(IChartRenderer renderer) : IChatCommand
    {
        public ChatCommandInfo Info { get; } = new("testchart", "Draws a chart") { Listed = false };

        public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken) =>
            Task.FromResult(new Reply { Blocks = [ReplyBlock.Text("MOOCs in China")], Image = renderer.RenderReplyImage(Moocs) });
    }

    private sealed class StoppedLifetime : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
