using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MoocBot.Cli;
using MoocBot.Core.Diagnostics;
using MoocBot.Tests.Fakes;

namespace MoocBot.Tests.Cli;

public sealed class HealthVerbTests : IDisposable
{
    private readonly CliStorageFolder _storage = new("moocbot-health-");

    public void Dispose() => _storage.Dispose();

    [Fact]
    public async Task Health_Locally_PrintsFactsAndStoreAndExitsZero()
    {
        var (code, output, error) = await RunAsync(["health"]);

        Assert.True(code == 0, error);
        using var report = JsonDocument.Parse(output);
        Assert.Equal("healthy", report.RootElement.GetProperty("status").GetString());
        var checks = report.RootElement.GetProperty("checks");
        Assert.True(checks.GetProperty("facts").GetProperty("data").GetProperty("facts").GetInt32() > 0);
        Assert.Equal("healthy", checks.GetProperty("store").GetProperty("status").GetString());
        Assert.False(checks.TryGetProperty("platforms", out _), "platforms are only known to a running bot");
    }

    [Fact]
    public async Task Health_LocallyWithTheStoreUnreachable_ExitsOneNamingTheStore()
    {
        Environment.SetEnvironmentVariable("Storage__Provider", "Postgres");
        Environment.SetEnvironmentVariable("Storage__ConnectionString", "Host=127.0.0.1;Port=1;Username=moocbot;Password=SECRET-password;Database=moocbot;Timeout=3");

        var (code, output, _) = await RunAsync(["health"]);

        Assert.Equal(1, code);
        using var report = JsonDocument.Parse(output);
        Assert.Equal("unhealthy", report.RootElement.GetProperty("checks").GetProperty("store").GetProperty("status").GetString());
        Assert.DoesNotContain("SECRET-password", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthUrl_RunningBot_PrintsItsHealthzAndExitsZero()
    {
        await using var bot = await TestBot.StartAsync();

        var (code, output, error) = await RunAsync(["health", "--url", bot.Address.AbsoluteUri]);

        Assert.True(code == 0, error);
        using var report = JsonDocument.Parse(output);
        Assert.Equal("healthy", report.RootElement.GetProperty("status").GetString());
        Assert.True(report.RootElement.GetProperty("checks").TryGetProperty("platforms", out _));
    }

    [Fact]
    public async Task HealthUrl_UnhealthyBot_PrintsTheReportAndExitsOne()
    {
        var time = TestClock.Create();
        await using var bot = await TestBot.StartAsync(configure: b => b.Services.AddSingleton<TimeProvider>(time));
        bot.Services.GetRequiredService<BotHealth>().Failed("telegram.poll", "401 Unauthorized");
        time.Advance(TimeSpan.FromMinutes(10));

        var (code, output, error) = await RunAsync(["health", "--url", new Uri(bot.Address, "/healthz").AbsoluteUri]);

        Assert.Equal(1, code);
        Assert.Contains("503", error, StringComparison.Ordinal);
        Assert.Contains("telegram.poll", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HealthUrl_NobodyListening_ExitsOneSayingSo()
    {
        var (code, _, error) = await RunAsync(["health", "--url", "http://127.0.0.1:1"]);

        Assert.Equal(1, code);
        Assert.Contains("No answer from http://127.0.0.1:1/healthz", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--url")]
    [InlineData("--url", "not a url")]
    [InlineData("--verbose")]
    public async Task Health_BadArguments_PrintsUsage(params string[] args)
    {
        var (code, _, error) = await RunAsync(["health", .. args]);

        Assert.Equal(2, code);
        Assert.Contains(HealthVerb.Usage, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://bot:8080", "http://bot:8080/healthz")]
    [InlineData("http://bot:8080/", "http://bot:8080/healthz")]
    [InlineData("https://bot.example/moocbot/healthz", "https://bot.example/moocbot/healthz")]
    public void HealthAddress_BareOrFull_PointsAtHealthz(string given, string expected)
    {
        Assert.Equal(new Uri(expected), HealthVerb.HealthAddress(new Uri(given)));
    }

    private static Task<(int Code, string Output, string Error)> RunAsync(string[] args) =>
        CommandLineRunner.RunAsync(args);
}
