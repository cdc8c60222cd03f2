using System.Globalization;
using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MoocBot.Discord.Interactions;
using MoocBot.Discord.Tests.Fakes;

namespace MoocBot.Discord.Tests.Interactions;

public sealed class InteractionTimestampTests : IAsyncLifetime, IDisposable
{
    private readonly SignedInteractionSender _sender = new();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2024-01-01T00:00:00Z", CultureInfo.InvariantCulture));
    private FakeDiscordRestServer _rest = null!;
    private TestHost _host = null!;

    public InteractionTimestampTests() => _sender.Clock = _time;

    public async Task InitializeAsync()
    {
        _rest = await FakeDiscordRestServer.StartAsync();
        _host = await TestHost.StartAsync(_sender, _rest, configureServices: services => services.AddSingleton<TimeProvider>(_time));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _rest.DisposeAsync();
    }

    public void Dispose() => _sender.Dispose();

    [Fact]
    public async Task Post_SignedRequestReplayedAfterTheWindow_Gets401()
    {
        var body = SignedInteractionSender.Command("fact", "query", "moocs");
        var stamp = _sender.Timestamp;
        var signature = _sender.Sign(stamp, body);
        using var first = await _sender.PostAsync(_host.Client, body, signature: signature, timestamp: stamp);

        _time.Advance(InteractionSignatureVerifier.MaxTimestampOffset + TimeSpan.FromSeconds(1));
        using var replayed = await _sender.PostAsync(_host.Client, body, signature: signature, timestamp: stamp);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.StatusCode);
        Assert.Contains(_host.Logs.Records, e => e.Category == typeof(InteractionEndpoint).FullName && e.Id.Id == 15);
    }

    [Fact]
    public async Task Post_SignedRequestRepeatedWithinTheWindow_IsAnswered()
    {
        var body = SignedInteractionSender.Command("fact", "query", "moocs");
        var stamp = _sender.Timestamp;
        var signature = _sender.Sign(stamp, body);

        _time.Advance(InteractionSignatureVerifier.MaxTimestampOffset);
        using var response = await _sender.PostAsync(_host.Client, body, signature: signature, timestamp: stamp);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignedWithATimestampFromTheFuture_Gets401()
    {
        var body = SignedInteractionSender.Command("stats");
        var later = (_time.GetUtcNow() + InteractionSignatureVerifier.MaxTimestampOffset + TimeSpan.FromSeconds(1)).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

        using var response = await _sender.PostAsync(_host.Client, body, timestamp: later);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignedTimestampThatIsNotUnixSeconds_Gets401()
    {
        using var response = await _sender.PostAsync(_host.Client, SignedInteractionSender.Command("stats"), timestamp: "2024-01-01T00:00:00Z");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
