using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using NSec.Cryptography;

namespace MoocBot.Discord.Tests.Fakes;

/// <summary>Plays Discord: signs interaction bodies with a test Ed25519 key pair and posts them to the endpoint.</summary>
internal sealed class SignedInteractionSender : IDisposable
{
    private static readonly SignatureAlgorithm Algorithm = SignatureAlgorithm.Ed25519;
    private readonly Key _key = Key.Create(Algorithm, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });

    /// <summary>The public key, as the Developer Portal shows it: 64 hex digits.</summary>
    public string PublicKeyHex => Convert.ToHexStringLower(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));

    public const string DefaultToken = "interaction-token-SECRET-0123456789";

    // Every interaction gets its own id, as Discord's do: the endpoint refuses an id it has seen (a replay).
    private static long _nextInteractionId = 1100000000000000000;

    /// <summary>The clock the sender stamps requests with: Discord signs each one with the time it sends it.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    /// <summary>Now on <see cref="Clock"/>, in Unix seconds, as X-Signature-Timestamp carries it.</summary>
    public string Timestamp => Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    public string Sign(string timestamp, string body)
    {
        var signature = Algorithm.Sign(_key, Encoding.UTF8.GetBytes(timestamp + body));
        return Convert.ToHexStringLower(signature);
    }

    /// <summary>Posts <paramref name="body"/> signed correctly, or with the signature computed over <paramref name="signedBody"/> when given.</summary>
    public Task<HttpResponseMessage> PostAsync(HttpClient client, string body, string? signedBody = null, string? signature = null, string? timestamp = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/discord/interactions")
        {
            Content = new StringContent(body, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var stamp = timestamp ?? Timestamp;
        request.Headers.TryAddWithoutValidation("X-Signature-Ed25519", signature ?? Sign(stamp, signedBody ?? body));
        request.Headers.TryAddWithoutValidation("X-Signature-Timestamp", stamp);
        return client.SendAsync(request);
    }

    public void Dispose() => _key.Dispose();

    /// <summary>Builds an interaction body like Discord's.</summary>
    public static string Interaction(int type, string dataJson, string token = DefaultToken, bool inGuild = true, string permissions = "0")
    {
        var who = inGuild
            ? "\"guild_id\":\"" + TestHost.GuildId + "\",\"member\":{\"user\":{\"id\":\"" + TestHost.UserId + "\",\"username\":\"learner\"},\"permissions\":\"" + permissions + "\"}"
            : "\"user\":{\"id\":\"" + TestHost.UserId + "\",\"username\":\"learner\"}";
        var id = Interlocked.Increment(ref _nextInteractionId).ToString(CultureInfo.InvariantCulture);
        return "{\"id\":\"" + id + "\",\"application_id\":\"" + TestHost.ApplicationId + "\",\"type\":" + type.ToString(CultureInfo.InvariantCulture)
            + ",\"token\":\"" + token + "\",\"version\":1,\"channel_id\":\"" + TestHost.ChannelId + "\"," + who + ",\"data\":" + dataJson + "}";
    }

    public static string Command(string name, string? option = null, string? value = null, string token = DefaultToken, bool inGuild = true, string permissions = "0") =>
        Interaction(2, option is null
            ? $$"""{"id":"1200000000000000001","name":"{{name}}","type":1}"""
            : $$"""{"id":"1200000000000000001","name":"{{name}}","type":1,"options":[{"name":"{{option}}","type":3,"value":"{{value}}"}]}""",
            token, inGuild, permissions);
}
