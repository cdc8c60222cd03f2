using System.Text;
using Microsoft.Extensions.DependencyInjection;
using MoocBot.Core.Conversations;
using MoocBot.Tests.Fakes;
using OpenTelemetry.Metrics;

namespace MoocBot.Tests.Hosting;

public sealed class BotHostMetricsExportTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Build_NoEndpoint_ExportsNothing()
    {
        await using var bot = TestBot.Build(new() { ["OpenTelemetry:Endpoint"] = "" });

        Assert.Null(bot.Services.GetService<MeterProvider>());
        await bot.StartAsync();
    }

    [Fact]
    public async Task Run_OtlpEndpointSet_SendsTheMoocBotMetricsToTheCollector()
    {
        await using var collector = await FakeHttpServer.StartAsync();
        collector.Respond = (_, _) => (200, string.Empty);
        var exported = new TaskCompletionSource<byte[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        collector.OnRequest = (_, path, body) =>
        {
            if (path == "/v1/metrics" && Contains(body, "moocbot.questions"))
            {
                exported.TrySetResult(body);
            }
        };
        await using var bot = await TestBot.StartAsync(new()
        {
            ["OpenTelemetry:Endpoint"] = collector.BaseUrl.AbsoluteUri,
            ["OpenTelemetry:Protocol"] = "HttpProtobuf",
            ["OpenTelemetry:ExportInterval"] = "00:00:00.200",
            ["OpenTelemetry:ServiceName"] = "moocbot-under-test",
        });

        await bot.Services.GetRequiredService<ConversationRouter>().HandleAsync(new ChatMessage("telegram", "1", "2", "how many moocs are there?", IsGroup: false, MentionsBot: false), CancellationToken.None);
        var body = await exported.Task.WaitAsync(Patience);

        Assert.NotNull(bot.Services.GetService<MeterProvider>());
        Assert.True(Contains(body, "moocbot-under-test"), "the resource names the service");
        Assert.True(Contains(body, "moocbot.answer.duration"), "the latency histogram is exported too");
    }

    private static bool Contains(byte[] body, string text) => body.AsSpan().IndexOf(Encoding.UTF8.GetBytes(text)) >= 0;
}
