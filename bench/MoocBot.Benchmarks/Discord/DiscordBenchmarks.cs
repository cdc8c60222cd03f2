using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Options;
using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;
using MoocBot.Discord;
using MoocBot.Discord.Interactions;
using MoocBot.Discord.Rendering;
using NSec.Cryptography;

namespace MoocBot.Benchmarks.Discord;

/// <summary>The per-interaction costs Discord's 3-second window sees: the signature check and rendering the answer.</summary>
[MemoryDiagnoser]
public class DiscordBenchmarks
{
    private const string Timestamp = "1700000000";
    private Reply _reply = null!;
    private InteractionSignatureVerifier _verifier = null!;
    private byte[] _body = null!;
    private string _signature = null!;

    [GlobalSetup]
    public void Setup()
    {
        var repository = FactRepositoryLoader.Load(FindFactsPath());
        _reply = new ReplyComposer(repository).ComposeFact(repository.Facts[0]);

        using var key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        var publicKey = Convert.ToHexStringLower(key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
        _verifier = new InteractionSignatureVerifier(Options.Create(new DiscordOptions { PublicKey = publicKey }), TimeProvider.System);
        var body = """{"id":"1","application_id":"1","type":2,"token":"t","channel_id":"3","guild_id":"2","data":{"name":"fact","options":[{"name":"query","type":3,"value":"moocs"}]}}""";
        _body = Encoding.UTF8.GetBytes(body);
        _signature = Convert.ToHexStringLower(SignatureAlgorithm.Ed25519.Sign(key, Encoding.UTF8.GetBytes(Timestamp + body)));
    }

    [Benchmark]
    public bool VerifySignature() => _verifier.Verify(_signature, Timestamp, _body);

    [Benchmark]
    public int RenderFactReply() => DiscordEmbedRenderer.Render(_reply, inInteraction: true).Embeds!.Count;

    private static string FindFactsPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "facts.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("data/facts.json not found above " + AppContext.BaseDirectory);
    }
}
