using System.Net;
using MoocBot.Charts;
using MoocBot.Discord.Tests.Fakes;

namespace MoocBot.Discord.Tests.Interactions;

/// <summary>/chart through the interactions endpoint and the fake REST server, drawn by the real renderer.</summary>
public sealed class ChartCommandTests : IAsyncLifetime, IDisposable
{
    private const string Token = "chart-token-SECRET";
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private readonly SignedInteractionSender _sender = new();
    private FakeDiscordRestServer _rest = null!;

    public async Task InitializeAsync() => _rest = await FakeDiscordRestServer.StartAsync();

    public async Task DisposeAsync() => await _rest.DisposeAsync();

    public void Dispose() => _sender.Dispose();

    [Fact]
    public async Task Post_ChartOfAMeasure_UploadsThePngAndShowsItInTheEmbed()
    {
        await using var host = await TestHost.StartAsync(_sender, _rest, configureServices: services => services.AddMoocBotCharts());

        using var response = await _sender.PostAsync(host.Client, SignedInteractionSender.Command("chart", "measure", "national.moocs", token: Token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var edit = await _rest.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path == $"/webhooks/{TestHost.ApplicationId}/{Token}/messages/@original");
        var file = Assert.Single(edit.Files);
        Assert.Equal("national.moocs.png", file.FileName);
        Assert.Equal(PngSignature, file.Content[..8]);
        var embed = Assert.Single(edit.Json.GetProperty("embeds").EnumerateArray());
        Assert.Equal("attachment://national.moocs.png", embed.GetProperty("image").GetProperty("url").GetString());
        Assert.Contains("MOOCs in China: 8 figures", embed.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ChartFromAChineseLocale_HasAChineseCaptionAndChart()
    {
        await using var host = await TestHost.StartAsync(_sender, _rest, configureServices: services => services.AddMoocBotCharts());
        var english = await ChartPngAsync(host, SignedInteractionSender.Command("chart", "measure", "national.moocs", token: Token));
        var body = SignedInteractionSender.Command("chart", "measure", "national.moocs", token: Token + "-zh").Replace("\"version\":1,", "\"version\":1,\"locale\":\"zh-CN\",", StringComparison.Ordinal);

        using var response = await _sender.PostAsync(host.Client, body);

        var edit = await _rest.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path == $"/webhooks/{TestHost.ApplicationId}/{Token}-zh/messages/@original");
        var embed = Assert.Single(edit.Json.GetProperty("embeds").EnumerateArray());
        Assert.Equal("中国慕课数量：2017年12月到2024年12月共8个数据；最新为超过9.7万门（2024年12月，新华社）。", embed.GetProperty("description").GetString());
        Assert.Equal("历史", Assert.Single(edit.Json.GetProperty("components").EnumerateArray().SelectMany(row => row.GetProperty("components").EnumerateArray())).GetProperty("label").GetString());
        Assert.NotEqual(english, Assert.Single(edit.Files).Content);
    }

    private async Task<byte[]> ChartPngAsync(TestHost host, string body)
    {
        using var response = await _sender.PostAsync(host.Client, body);
        var edit = await _rest.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path == $"/webhooks/{TestHost.ApplicationId}/{Token}/messages/@original");
        return Assert.Single(edit.Files).Content;
    }
}
