using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MoocBot.Core.Conversations;
using MoocBot.Discord.Tests.Fakes;

namespace MoocBot.Discord.Tests.Interactions;

/// <summary>An answer with a picture (a chart): the interaction's JSON response cannot carry a file, so it is deferred and the edit uploads it.</summary>
public sealed class PictureAnswerTests : IAsyncLifetime, IDisposable
{
    private const string Token = "picture-token-SECRET";
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 7, 7, 7];
    private readonly SignedInteractionSender _sender = new();
    private FakeDiscordRestServer _rest = null!;

    private static string OriginalPath => $"/webhooks/{TestHost.ApplicationId}/{Token}/messages/@original";

    public async Task InitializeAsync() => _rest = await FakeDiscordRestServer.StartAsync();

    public async Task DisposeAsync() => await _rest.DisposeAsync();

    public void Dispose() => _sender.Dispose();

    [Fact]
    public async Task Post_AnswerWithAPictureReadyAtOnce_DefersThenEditsTheOriginalWithTheAttachment()
    {
        await using var host = await StartAsync(Chart(isPrivate: false));

        using var response = await _sender.PostAsync(host.Client, SignedInteractionSender.Command("picture", token: Token));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var deferral = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(5, deferral.GetProperty("type").GetInt32());
        Assert.False(deferral.TryGetProperty("data", out var data) && data.TryGetProperty("flags", out _));

        var edit = await _rest.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path == OriginalPath);
        Assert.Equal(200, edit.Status);
        Assert.StartsWith("multipart/form-data", edit.Headers["Content-Type"], StringComparison.Ordinal);
        var file = Assert.Single(edit.Files);
        Assert.Equal("files[0]", file.Name);
        Assert.Equal("national.moocs.png", file.FileName);
        Assert.Equal("image/png", file.ContentType);
        Assert.Equal(Png, file.Content);
        var attachment = Assert.Single(edit.Json.GetProperty("attachments").EnumerateArray());
        Assert.Equal(0, attachment.GetProperty("id").GetInt32());
        Assert.Equal("national.moocs.png", attachment.GetProperty("filename").GetString());
        Assert.Equal("Line chart of MOOCs in China", attachment.GetProperty("description").GetString());
        var embed = Assert.Single(edit.Json.GetProperty("embeds").EnumerateArray());
        Assert.Equal("attachment://national.moocs.png", embed.GetProperty("image").GetProperty("url").GetString());
        Assert.Contains("MOOCs in China over time", embed.GetRawText(), StringComparison.Ordinal);
        Assert.Single(_rest.Requests, r => r.Path.StartsWith("/webhooks/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_PrivateAnswerWithAPicture_DefersEphemerallyThenEditsWithTheAttachment()
    {
        await using var host = await StartAsync(Chart(isPrivate: true));

        using var response = await _sender.PostAsync(host.Client, SignedInteractionSender.Command("picture", token: Token));

        var deferral = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(64, deferral.GetProperty("data").GetProperty("flags").GetInt32());
        var edit = await _rest.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path == OriginalPath);
        Assert.Equal(Png, Assert.Single(edit.Files).Content);
    }

    private static Reply Chart(bool isPrivate) => new()
    {
        Blocks = [new ReplyBlock(ReplyBlockKind.Heading, [new ReplySpan("MOOCs in China over time")]), ReplyBlock.Text("7 reported figures.")],
        Image = new ReplyImage(Png, "national.moocs.png", "Line chart of MOOCs in China"),
        Private = isPrivate,
    };

    private Task<TestHost> StartAsync(Reply reply) =>
        TestHost.StartAsync(_sender, _rest, configureServices: services => services.AddSingleton<IChatCommand>(new PictureCommand(reply)));

    private sealed class PictureCommand(Reply reply) : IChatCommand
    {
        public ChatCommandInfo Info { get; } = new("picture", "Answers with a picture");

        public Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken) => Task.FromResult(reply);
    }
}
