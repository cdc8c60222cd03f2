using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using MoocBot.Discord.Interactions;
using MoocBot.Discord.Tests.Fakes;

namespace MoocBot.Discord.Tests.Interactions;

public sealed class InteractionSignatureVerifierTests : IDisposable
{
    private const string Body = """{"type":1}""";
    private const string Timestamp = "1700000000";
    private readonly SignedInteractionSender _sender = new();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.FromUnixTimeSeconds(1700000000));
    private readonly InteractionSignatureVerifier _verifier;

    public InteractionSignatureVerifierTests() =>
        _verifier = new InteractionSignatureVerifier(Options.Create(new DiscordOptions { PublicKey = _sender.PublicKeyHex }), _time);

    [Fact]
    public void Verify_ValidSignature_IsTrue() =>
        Assert.True(_verifier.Verify(_sender.Sign(Timestamp, Body), Timestamp, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void Verify_UpperCaseHex_IsTrue() =>
        Assert.True(_verifier.Verify(_sender.Sign(Timestamp, Body).ToUpperInvariant(), Timestamp, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void Verify_ChangedBody_IsFalse() =>
        Assert.False(_verifier.Verify(_sender.Sign(Timestamp, Body), Timestamp, Encoding.UTF8.GetBytes("""{"type":2}""")));

    [Fact]
    public void Verify_SignatureFromAnotherKey_IsFalse()
    {
        using var other = new SignedInteractionSender();

        Assert.False(_verifier.Verify(other.Sign(Timestamp, Body), Timestamp, Encoding.UTF8.GetBytes(Body)));
    }

    [Theory]
    [InlineData(null, Timestamp)]
    [InlineData("", Timestamp)]
    [InlineData("zz", Timestamp)]
    [InlineData("00", Timestamp)]
    public void Verify_MissingOrMalformedSignature_IsFalse(string? signature, string timestamp) =>
        Assert.False(_verifier.Verify(signature, timestamp, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void Verify_NonHexSignatureOfTheRightLength_IsFalse() =>
        Assert.False(_verifier.Verify(new string('g', 128), Timestamp, Encoding.UTF8.GetBytes(Body)));

    [Fact]
    public void Verify_MissingTimestamp_IsFalse() =>
        Assert.False(_verifier.Verify(_sender.Sign(Timestamp, Body), null, Encoding.UTF8.GetBytes(Body)));

    [Theory]
    [InlineData(0)]
    [InlineData(299)]
    [InlineData(300)]
    [InlineData(-300)]
    public void IsRecent_WithinFiveMinutesEitherWay_IsTrue(int secondsAgo)
    {
        _time.Advance(TimeSpan.FromMinutes(10));
        var stamp = (_time.GetUtcNow().ToUnixTimeSeconds() - secondsAgo).ToString(CultureInfo.InvariantCulture);

        Assert.True(_verifier.IsRecent(stamp, out var offset));
        Assert.Equal(TimeSpan.FromSeconds(secondsAgo), offset);
    }

    [Theory]
    [InlineData(301)]
    [InlineData(-301)]
    [InlineData(86400)]
    public void IsRecent_MoreThanFiveMinutesOff_IsFalse(int secondsAgo)
    {
        var stamp = (_time.GetUtcNow().ToUnixTimeSeconds() - secondsAgo).ToString(CultureInfo.InvariantCulture);

        Assert.False(_verifier.IsRecent(stamp, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("soon")]
    [InlineData("-1700000000")]
    [InlineData("1700000000.5")]
    [InlineData("99999999999999999999")]
    [InlineData("999999999999999")]
    public void IsRecent_NotUnixSeconds_IsFalse(string? stamp) =>
        Assert.False(_verifier.IsRecent(stamp, out _));

    public void Dispose() => _sender.Dispose();
}
