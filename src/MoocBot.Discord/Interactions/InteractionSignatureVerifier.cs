using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using NSec.Cryptography;

namespace MoocBot.Discord.Interactions;

/// <summary>
/// Checks Discord's Ed25519 signature over timestamp + raw body with the application's public key, and that the signed
/// timestamp is recent. Discord sends badly signed requests on purpose and removes an endpoint that accepts them.
/// </summary>
internal sealed class InteractionSignatureVerifier
{
    /// <summary>
    /// How far the signed timestamp may be from the bot's clock, either way. A request signed longer ago is a replay of a
    /// captured one (Discord posts each interaction once, at once); the margin leaves room for clock skew and retries.
    /// </summary>
    public static readonly TimeSpan MaxTimestampOffset = TimeSpan.FromMinutes(5);

    private const int SignatureLength = 64;
    private const int MaxTimestampLength = 32;
    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;
    private readonly PublicKey _publicKey;
    private readonly TimeProvider _timeProvider;

    public InteractionSignatureVerifier(IOptions<DiscordOptions> options, TimeProvider timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _timeProvider = timeProvider;
        if (!PublicKey.TryImport(Algorithm, Convert.FromHexString(options.Value.PublicKey), KeyBlobFormat.RawPublicKey, out var publicKey) || publicKey is null)
        {
            throw new InvalidOperationException("Discord:PublicKey (Discord__PublicKey) is not an Ed25519 public key: copy the Public Key from the Developer Portal's General Information page.");
        }

        _publicKey = publicKey;
    }

    /// <summary>True only when both headers are present and well formed and the signature is valid.</summary>
    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(signatureHex) || signatureHex.Length != SignatureLength * 2
            || string.IsNullOrEmpty(timestamp) || timestamp.Length > MaxTimestampLength)
        {
            return false;
        }

        Span<byte> signature = stackalloc byte[SignatureLength];
        if (Convert.FromHexString(signatureHex, signature, out _, out var written) != System.Buffers.OperationStatus.Done || written != SignatureLength)
        {
            return false;
        }

        var timestampLength = Encoding.UTF8.GetByteCount(timestamp);
        var message = new byte[timestampLength + body.Length];
        Encoding.UTF8.GetBytes(timestamp, message);
        body.CopyTo(message.AsSpan(timestampLength));
        return Algorithm.Verify(_publicKey, message, signature);
    }

    /// <summary>
    /// True when <paramref name="timestamp"/> (Unix seconds, as in X-Signature-Timestamp) is within
    /// <see cref="MaxTimestampOffset"/> of now; <paramref name="offset"/> is how far it is (positive: in the past).
    /// </summary>
    public bool IsRecent(string? timestamp, out TimeSpan offset)
    {
        offset = TimeSpan.Zero;
        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds())
        {
            return false;
        }

        offset = _timeProvider.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        return offset.Duration() <= MaxTimestampOffset;
    }
}
