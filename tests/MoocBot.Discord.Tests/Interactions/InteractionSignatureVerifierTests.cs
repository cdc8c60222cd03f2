using System.Text;
using Microsoft.Extensions.Options;
using MoocBot.Discord.Interactions;
using MoocBot.Discord.Tests.Fakes;

namespace MoocBot.Discord.Tests.Interactions;

public sealed class InteractionSignatureVerifierTests : IDisposable
{
    private const string Body = """{"type":1}""";
    private const string Timestamp = "1700000000";
    private readonly SignedInteractionSender _sender = new();
    private readonly InteractionSignatureVerifier _verifier;

    public InteractionSignatureVerifierTests() =>
        _verifier = new InteractionSignatureVerifier(Options.Create(new DiscordOptions { PublicKey = _sender.PublicKeyHex }));

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

    public void Dispose() => _sender.Dispose();
}
