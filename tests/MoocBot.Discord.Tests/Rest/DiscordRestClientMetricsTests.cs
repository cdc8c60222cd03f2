using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MoocBot.Core;
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
        await using var services = Build(rest.BaseUrl, meters);

        var response = await services.GetRequiredService<DiscordRestClient>().CreateMessageAsync(TestHost.ChannelId, new DiscordMessagePayload { Content = "hello" }, CancellationToken.None);

        Assert.True(response.IsSuccess);
        Assert.Equal([(1L, "discord"), (1L, "discord")], counted);
    }

    private static ServiceProvider Build(Uri apiBaseUrl, IMeterFactory meters)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(meters);
        services.AddMoocBotCore(TestData.Repository);
        services.AddSingleton(Options.Create(new DiscordOptions
        {
            ApplicationId = TestHost.ApplicationId,
            PublicKey = new string('0', 64),
            BotToken = TestHost.BotToken,
            ApiBaseUrl = apiBaseUrl,
        }));
        services.AddHttpClient(DiscordRestClient.HttpClientName).RemoveAllLoggers();
        services.AddSingleton<DiscordRateLimiter>();
        services.AddSingleton<DiscordRestClient>();
        return services.BuildServiceProvider();
    }

    private sealed class ScopedMeterFactory : IMeterFactory
    {
        private readonly List<Meter> _meters = [];

        public Meter Create(MeterOptions options)
        {
            var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
            _meters.Add(meter);
            return meter;
        }

        public void Dispose() => _meters.ForEach(m => m.Dispose());
    }
}
