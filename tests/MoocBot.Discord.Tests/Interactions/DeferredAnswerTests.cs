using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Conversations;
using MoocBot.Discord.Interactions;
using MoocBot.Discord.Tests.Fakes;

namespace MoocBot.Discord.Tests.Interactions;

public sealed class DeferredAnswerTests : IAsyncLifetime, IDisposable
{
    private const string Token = "deferred-token-SECRET";
    private readonly SignedInteractionSender _sender = new();
    private readonly FakeTimeProvider _time = new(DateTimeOffset.Parse("2024-01-01T00:00:00Z", CultureInfo.InvariantCulture));
    private FakeDiscordRestServer _rest = null!;

    private string OriginalPath => $"/webhooks/{TestHost.ApplicationId}/{Token}/messages/@original";

    private string FollowupPath => $"/webhooks/{TestHost.ApplicationId}/{Token}";

    public async Task InitializeAsync() => _rest = await FakeDiscordRestServer.StartAsync();

    public async Task DisposeAsync() => await _rest.DisposeAsync();

    public void Dispose() => _sender.Dispose();

    [Fact]
    public async Task Post_AnswerSlowerThanTheBudget_DefersThenEditsTheOriginalResponse()
    {
        var slow = new SlowCommand("slow", () => ReplyComposer.ComposeText("finally done"));
        await using var host = await StartAsync(slow);

        var deferral = await DeferAsync(host, slow);
        Assert.False(deferral.TryGetProperty("data", out var data) && data.TryGetProperty("flags", out _));

        slow.Finish.SetResult();
        var edit = await _rest.WaitForRequestAsync("PATCH", "/messages/@original");
        Assert.Equal(OriginalPath, edit.Path);
        Assert.Contains("finally done", edit.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Entries, e => e.ToString().Contains(Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_SlowCommandThatAlwaysAnswersPrivately_DefersEphemerallyThenEditsTheOriginalResponse()
    {
        // Plays Core's /subscriptions with a slow database: its reply is always private.
        var slow = new SlowCommand("subscriptions", () => ReplyComposer.ComposePrivateText("This chat gets update notices on all figures."));
        await using var host = await StartAsync(slow);

        var deferral = await DeferAsync(host, slow);
        Assert.Equal(64, deferral.GetProperty("data").GetProperty("flags").GetInt32());

        slow.Finish.SetResult();
        var edit = await _rest.WaitForRequestAsync("PATCH", "/messages/@original");
        Assert.Contains("all figures", edit.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(_rest.Requests, r => r.Method == "DELETE");
    }

    [Fact]
    public async Task Post_SlowAnswerThatTurnsIntoAnError_ReplacesThePublicDeferralWithAnEphemeralFollowup()
    {
        var slow = new SlowCommand("slow", () => ReplyComposer.ComposeText("never shown"));
        await using var host = await StartAsync(slow);

        var deferral = await DeferAsync(host, slow);
        Assert.False(deferral.TryGetProperty("data", out _));

        slow.Finish.SetException(new InvalidOperationException("the database went away"));
        var followup = await _rest.WaitForRequestAsync(r => r.Method == "POST" && r.Path == FollowupPath);
        Assert.Equal(200, followup.Status);
        Assert.Equal(64, followup.Json.GetProperty("flags").GetInt32());
        Assert.Contains("went wrong", followup.Body, StringComparison.Ordinal);
        Assert.Equal([("DELETE", OriginalPath, 204), ("POST", FollowupPath, 200)], _rest.Requests.Where(r => r.Path.StartsWith("/webhooks/", StringComparison.Ordinal)).Select(r => (r.Method, r.Path, r.Status)));
    }

    [Fact]
    public async Task Post_PrivateAnswerWhenThePublicDeferralCannotBeDeleted_AnswersInThePublicResponse()
    {
        var slow = new SlowCommand("slow", () => ReplyComposer.ComposePrivateText("Only an administrator of this group can change its subscriptions."));
        await using var host = await StartAsync(slow);
        _rest.Enqueue(new ScriptedResponse("DELETE", "/webhooks/", 500, """{"message":"Internal Server Error","code":0}"""));

        await DeferAsync(host, slow);

        slow.Finish.SetResult();
        var edit = await _rest.WaitForRequestAsync("PATCH", "/messages/@original");
        Assert.Contains("administrator", edit.Body, StringComparison.Ordinal);
        Assert.False(edit.Json.TryGetProperty("flags", out _));
        Assert.DoesNotContain(_rest.Requests, r => r.Path == FollowupPath);
    }

    private Task<TestHost> StartAsync(SlowCommand slow) =>
        TestHost.StartAsync(_sender, _rest, configureServices: services =>
        {
            services.AddSingleton<TimeProvider>(_time);
            services.AddSingleton<IChatCommand>(slow);
        });

    /// <summary>Posts the command, lets the inline budget pass while it is still working, and returns the deferral.</summary>
    private async Task<JsonElement> DeferAsync(TestHost host, SlowCommand slow)
    {
        var posting = _sender.PostAsync(host.Client, SignedInteractionSender.Command(slow.Info.Name, token: Token));
        await slow.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        _time.Advance(InteractionHandler.InlineBudget);
        using var response = await posting;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(5, json.GetProperty("type").GetInt32());
        return json;
    }

    private sealed class SlowCommand(string name, Func<Reply> reply) : IChatCommand
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Finish { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ChatCommandInfo Info { get; } = new(name, "Takes its time");

        public async Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken)
        {
            Started.SetResult();
            await Finish.Task.WaitAsync(cancellationToken);
            return reply();
        }
    }
}
