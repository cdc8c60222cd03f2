using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using MoocBot.Discord.Models;
using MoocBot.Discord.Rest;
using MoocBot.Discord.Tests.Fakes;

namespace MoocBot.Discord.Tests.Rest;

public sealed class DiscordRestClientMetricsTests
{
    [Fact]
    public async Task CreateMessageAsync_Two429sThenSent_CountsTwoRateLimitedForDiscord()
    {
        await using var rest = await FakeDiscordRestServer.StartAsync();
        rest.Enqueue(ScriptedResponse.TooManyRequests("POST", "/channels/", retryAfter: 0.05));
        rest.Enqueue(ScriptedResponse.TooManyRequests("POST", "/channels/", retryAfter: 0.05));
        using var meters = new ScopedMeterFactory();
        var counted = new List<(long Value, string? Platform)>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Scope == meters && instrument.Name == "moocbot.platform.rate_limited")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) =>
        {
            lock (counted)
            {
                counted.Add((value, tags.ToArray().FirstOrDefault(t => t.Key == "platform").Value as string));
            }
        });
        listener.Start();
        await using var services = Services.Build(rest.BaseUrl, meters: meters);

        var response = await services.GetRequiredService<DiscordRestClient>().CreateMessageAsync(TestHost.ChannelId, new DiscordMessagePayload { Content = "hello" }, CancellationToken.None);

        Assert.True(response.IsSuccess);
        Assert.Equal([(1L, "discord"), (1L, "discord")], counted);
    }
}
