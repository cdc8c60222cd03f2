using MoocBot.Charts;
using MoocBot.Telegram.Tests.Fakes;

namespace MoocBot.Telegram.Tests.EndToEnd;

/// <summary>/chart and /history through the real TelegramBotClient and the fake Bot API, drawn by the real renderer.</summary>
public sealed class TelegramChartTests
{
    private const long Alice = 4301;
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    [Fact]
    public async Task ChartCommand_Measure_ArrivesAsAPngPhotoWithItsCaption()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake, configureServices: s => s.AddMoocBotCharts());

        fake.EnqueueUpdate(fake.Updates.PrivateText(Alice, "/chart national.moocs"));

        var sent = Assert.Single(await fake.WaitForSentMessagesAsync(1));
        Assert.Equal(PngSignature, sent.Photo![..8]);
        Assert.StartsWith("MOOCs in China: 8 figures from Dec 2017 to Dec 2024", sent.VisibleText, StringComparison.Ordinal);
        Assert.Equal("History", Assert.Single(Assert.Single(sent.Buttons)).Text);
        Assert.Empty(fake.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task HistoryCommand_Words_ArrivesAsAPhotoCaptionedWithTheFigures()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var host = await TelegramTestHost.StartAsync(fake, configureServices: s => s.AddMoocBotCharts());

        fake.EnqueueUpdate(fake.Updates.PrivateText(Alice, "/history moocs"));

        var sent = Assert.Single(await fake.WaitForSentMessagesAsync(1));
        Assert.Equal(PngSignature, sent.Photo![..8]);
        Assert.Contains("more than 97,000 — Dec 2024, reported by Xinhua", sent.VisibleText, StringComparison.Ordinal);
    }
}
