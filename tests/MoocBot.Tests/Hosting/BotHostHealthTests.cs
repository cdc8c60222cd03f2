using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MoocBot.Core.Diagnostics;
using MoocBot.Tests.Fakes;

namespace MoocBot.Tests.Hosting;

public sealed class BotHostHealthTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Healthz_EverythingUp_Is200WithFactsStoreAndPlatforms()
    {
        await using var bot = await TestBot.StartAsync();
        bot.Services.GetRequiredService<BotHealth>().Succeeded("discord.gateway");

        using var response = await bot.Client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = body.RootElement;
        Assert.Equal("healthy", root.GetProperty("status").GetString());
        var facts = root.GetProperty("checks").GetProperty("facts");
        Assert.Equal(TestBot.Repository.Version, facts.GetProperty("data").GetProperty("version").GetString());
        Assert.Equal(TestBot.Repository.Facts.Count, facts.GetProperty("data").GetProperty("facts").GetInt32());
        var store = root.GetProperty("checks").GetProperty("store");
        Assert.Equal("Sqlite", store.GetProperty("data").GetProperty("provider").GetString());
        var gateway = root.GetProperty("checks").GetProperty("platforms").GetProperty("data").GetProperty("discord.gateway");
        Assert.Equal("ok", gateway.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, gateway.GetProperty("lastSuccess").ValueKind);
    }

    [Fact]
    public async Task Healthz_ReceivingComponentFailingPastTheLimit_Is503NamingIt()
    {
        var time = TestClock.Create();
        await using var bot = await TestBot.StartAsync(configure: b => b.Services.AddSingleton<TimeProvider>(time));
        var health = bot.Services.GetRequiredService<BotHealth>();
        health.Succeeded("telegram.poll");
        health.Failed("telegram.poll", "502 Bad Gateway");

        var early = await GetAsync(bot);
        time.Advance(TimeSpan.FromMinutes(2));
        var late = await GetAsync(bot);

        Assert.Equal((HttpStatusCode.OK, "degraded"), (early.Status, early.Body.GetProperty("status").GetString()));
        Assert.Equal((HttpStatusCode.ServiceUnavailable, "unhealthy"), (late.Status, late.Body.GetProperty("status").GetString()));
        var platforms = late.Body.GetProperty("checks").GetProperty("platforms");
        Assert.Contains("telegram.poll failing for 2 min", platforms.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("502 Bad Gateway", platforms.GetProperty("data").GetProperty("telegram.poll").GetProperty("lastError").GetString());
    }

    [Fact]
    public async Task Healthz_GatewaySilentPastTheLimit_Is503()
    {
        var time = TestClock.Create();
        await using var bot = await TestBot.StartAsync(configure: b => b.Services.AddSingleton<TimeProvider>(time));
        bot.Services.GetRequiredService<BotHealth>().Succeeded("discord.gateway");

        time.Advance(TimeSpan.FromMinutes(5));
        var (status, body) = await GetAsync(bot);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal("silent", body.GetProperty("checks").GetProperty("platforms").GetProperty("data").GetProperty("discord.gateway").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Healthz_NoticeSendsFailing_StaysUpButDegraded()
    {
        var time = TestClock.Create();
        await using var bot = await TestBot.StartAsync(configure: b => b.Services.AddSingleton<TimeProvider>(time));
        bot.Services.GetRequiredService<BotHealth>().Failed("notices.send", "telegram: Forbidden");

        time.Advance(TimeSpan.FromHours(1));
        var (status, body) = await GetAsync(bot);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("degraded", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Healthz_StoreThrows_Is503WithTheReason()
    {
        await using var bot = await TestBot.StartAsync(configure: b => b.Services.AddSingleton<IStoreProbe>(new FakeStoreProbe(() => throw new InvalidOperationException("connection refused"))));

        var (status, body) = await GetAsync(bot);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        var store = body.GetProperty("checks").GetProperty("store");
        Assert.Equal("unhealthy", store.GetProperty("status").GetString());
        Assert.Contains("connection refused", store.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.Equal("healthy", body.GetProperty("checks").GetProperty("facts").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Healthz_StoreHangs_Is503OnceTheTimeoutPasses()
    {
        var time = TestClock.Create();
        var hanging = new FakeStoreProbe(() => new TaskCompletionSource<StoreProbeResult>().Task);
        await using var bot = await TestBot.StartAsync(
            new() { ["Diagnostics:Health:StoreTimeout"] = "00:00:03" },
            b => b.Services.AddSingleton<TimeProvider>(time).AddSingleton<IStoreProbe>(hanging));

        var request = GetAsync(bot);
        await hanging.Called.Task.WaitAsync(Patience);
        time.Advance(TimeSpan.FromSeconds(3));
        var (status, body) = await request.WaitAsync(Patience);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("did not answer within 3 s", body.GetProperty("checks").GetProperty("store").GetProperty("description").GetString(), StringComparison.Ordinal);
    }

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(TestBot bot)
    {
        using var response = await bot.Client.GetAsync("/healthz");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, document.RootElement.Clone());
    }

    private sealed class FakeStoreProbe(Func<Task<StoreProbeResult>> answer) : IStoreProbe
    {
        public TaskCompletionSource Called { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<StoreProbeResult> ProbeAsync(CancellationToken cancellationToken)
        {
            Called.TrySetResult();
            return answer();
        }
    }
}
