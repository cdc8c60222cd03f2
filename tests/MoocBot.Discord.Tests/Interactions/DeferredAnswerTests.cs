using System.Globalization;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
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

    public DeferredAnswerTests() => _sender.Clock = _time;

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
        Assert.DoesNotContain(host.Logs.Records, e => FakeLogs.FullText(e).Contains(Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_SlowAnswerWithAPicture_EditsTheOriginalResponseUploadingIt()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 42];
        var slow = new SlowCommand("slow", () => new Reply
        {
            Blocks = [ReplyBlock.Text("MOOCs in China over time")],
            Image = new ReplyImage(png, "national.moocs.png", "Line chart"),
        });
        await using var host = await StartAsync(slow);

        await DeferAsync(host, slow);
        slow.Finish.SetResult();

        var edit = await _rest.WaitForRequestAsync("PATCH", "/messages/@original");
        Assert.Equal(OriginalPath, edit.Path);
        Assert.Equal(png, Assert.Single(edit.Files).Content);
        Assert.Equal("attachment://national.moocs.png", edit.Json.GetProperty("embeds")[0].GetProperty("image").GetProperty("url").GetString());
    }

    [Fact]
    public async Task Post_AnswerReadyBeforeTheDeferralIsOut_EditsOnlyOnceDiscordHasTheDeferral()
    {
        var slow = new SlowCommand("slow", () => ReplyComposer.ComposeText("finally done"));
        var network = new SlowNetwork(_rest, Token);
        await using var host = await StartAsync(slow, network);

        var posting = await PostWithDeferralHeldAsync(host, slow, network);

        // The answer is ready while the deferral is still on its way to Discord: whatever the bot does next, an edit
        // sent now reaches the fake before the deferral and is refused.
        slow.Finish.SetResult();
        await Task.WhenAny(
            host.Logs.WaitForAsync(e => IsHandlerLog(e, 8)),
            _rest.WaitForRequestAsync(r => r.Path.StartsWith("/webhooks/", StringComparison.Ordinal))).WaitAsync(TimeSpan.FromSeconds(30));
        network.Release.SetResult();

        using var response = await posting;
        Assert.Equal(5, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("type").GetInt32());
        var edit = await _rest.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path == OriginalPath);
        Assert.Equal(200, edit.Status);
        Assert.Contains("finally done", edit.Body, StringComparison.Ordinal);
        Assert.Single(_rest.Requests, r => r.Path.StartsWith("/webhooks/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_DeferralThatNeverGoesOut_EditsAnywayAfterTheWaitAndLogsTheRefusal()
    {
        var slow = new SlowCommand("slow", () => ReplyComposer.ComposeText("finally done"));
        var network = new SlowNetwork(_rest, Token);
        await using var host = await StartAsync(slow, network);

        var posting = await PostWithDeferralHeldAsync(host, slow, network);
        slow.Finish.SetResult();
        await host.Logs.WaitForAsync(e => IsHandlerLog(e, 8)).WaitAsync(TimeSpan.FromSeconds(30));

        _time.Advance(InteractionHandler.DeferralDeliveryWait);
        var edit = await _rest.WaitForRequestAsync(r => r.Method == "PATCH" && r.Path == OriginalPath);
        await host.Logs.WaitForAsync(e => IsHandlerLog(e, 5)).WaitAsync(TimeSpan.FromSeconds(30));
        network.Release.SetResult();
        using var response = await posting;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(404, edit.Status);
        Assert.Contains(host.Logs.Records, e => IsHandlerLog(e, 9));
        Assert.DoesNotContain(host.Logs.Records, e => FakeLogs.FullText(e).Contains(Token, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Post_SlowCommandThatAlwaysAnswersPrivately_DefersEphemerallyThenEditsTheOriginalResponse()
    {
        // Plays Core's /subscriptions with a slow database: declared private, so the router makes its reply private.
        var slow = new SlowCommand("slowprivate", () => ReplyComposer.ComposeText("This chat gets update notices on all figures."), repliesPrivately: true);
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

    private static bool IsHandlerLog(FakeLogRecord entry, int eventId) =>
        entry.Category == typeof(InteractionHandler).FullName && entry.Id.Id == eventId;

    private Task<TestHost> StartAsync(SlowCommand slow, SlowNetwork? network = null) =>
        TestHost.StartAsync(
            _sender,
            _rest,
            configureServices: services =>
            {
                services.AddSingleton<TimeProvider>(_time);
                services.AddSingleton<IChatCommand>(slow);
            },
            configureApp: network is null ? null : app => app.Use(network.HoldAsync));

    /// <summary>Posts the command and lets the inline budget pass while it is still working; the deferral is written but held on its way.</summary>
    private async Task<Task<HttpResponseMessage>> PostWithDeferralHeldAsync(TestHost host, SlowCommand slow, SlowNetwork network)
    {
        var posting = _sender.PostAsync(host.Client, SignedInteractionSender.Command(slow.Info.Name, token: Token));
        await slow.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        _time.Advance(InteractionHandler.InlineBudget);
        await network.Written.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return posting;
    }

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

    private sealed class SlowCommand(string name, Func<Reply> reply, bool repliesPrivately = false) : IChatCommand
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Finish { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ChatCommandInfo Info { get; } = new(name, "Takes its time") { RepliesPrivately = repliesPrivately };

        public async Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken)
        {
            Started.SetResult();
            await Finish.Task.WaitAsync(cancellationToken);
            return reply();
        }
    }

    /// <summary>
    /// Plays a slow network between the bot and Discord: the interaction's response, once written, reaches Discord
    /// (the sender, and the fake REST server, which refuses the token's webhooks until then) only when released.
    /// </summary>
    private sealed class SlowNetwork
    {
        private readonly FakeDiscordRestServer _rest;
        private readonly string _token;

        public SlowNetwork(FakeDiscordRestServer rest, string token)
        {
            _rest = rest;
            _token = token;
            rest.ResponseUndelivered(token);
        }

        public TaskCompletionSource Written { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task HoldAsync(HttpContext context, RequestDelegate next)
        {
            await next(context);
            Written.TrySetResult();

            // The response is complete only when this returns; bounded so a failed test still lets the host stop.
            await Release.Task.WaitAsync(TimeSpan.FromSeconds(30));
            _rest.ResponseDelivered(_token);
        }
    }
}
