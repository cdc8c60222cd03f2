using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Conversations;
using MoocBot.Discord.Interactions;
using MoocBot.Discord.Tests.Fakes;

namespace MoocBot.Discord.Tests.Interactions;

public sealed class DeferredAnswerTests
{
    [Fact]
    public async Task Post_AnswerSlowerThanTheBudget_DefersThenEditsTheOriginalResponse()
    {
        using var sender = new SignedInteractionSender();
        await using var rest = await FakeDiscordRestServer.StartAsync();
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2024-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var slow = new SlowCommand();
        await using var host = await TestHost.StartAsync(sender, rest, configureServices: services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.AddSingleton<IChatCommand>(slow);
        });

        var posting = sender.PostAsync(host.Client, SignedInteractionSender.Command("slow", token: "deferred-token-SECRET"));
        await slow.Started.Task.WaitAsync(TimeSpan.FromSeconds(30));
        time.Advance(InteractionHandler.InlineBudget);
        using var response = await posting;

        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(5, json.GetProperty("type").GetInt32());

        slow.Finish.SetResult();
        var edit = await rest.WaitForRequestAsync("PATCH", "/messages/@original");
        Assert.Equal($"/webhooks/{TestHost.ApplicationId}/deferred-token-SECRET/messages/@original", edit.Path);
        Assert.Contains("finally done", edit.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Logs.Entries, e => e.ToString().Contains("deferred-token-SECRET", StringComparison.Ordinal));
    }

    private sealed class SlowCommand : IChatCommand
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Finish { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ChatCommandInfo Info { get; } = new("slow", "Takes its time");

        public async Task<Reply> ExecuteAsync(ChatCommandContext context, CancellationToken cancellationToken)
        {
            Started.SetResult();
            await Finish.Task.WaitAsync(cancellationToken);
            return ReplyComposer.ComposeText("finally done");
        }
    }
}
