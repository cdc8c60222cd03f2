using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MoocBot.Cli;
using MoocBot.Core.Conversations;
using MoocBot.Core.Notices;
using MoocBot.Tests.Fakes;

namespace MoocBot.Tests.Hosting;

public sealed class BotHostShutdownTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Build_Defaults_GiveStoppingLongerThanOneNoticeSend()
    {
        await using var bot = TestBot.Build();

        var timeout = bot.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout;

        Assert.Equal(TimeSpan.FromSeconds(45), timeout);
        Assert.True(timeout > bot.Services.GetRequiredService<IOptions<NoticesOptions>>().Value.SendTimeout);
        await bot.StartAsync();
    }

    [Fact]
    public async Task Build_HostingShutdownTimeout_IsTheHostsShutdownTimeout()
    {
        await using var bot = TestBot.Build(new() { ["Hosting:ShutdownTimeout"] = "00:01:30" });

        Assert.Equal(TimeSpan.FromSeconds(90), bot.Services.GetRequiredService<IOptions<HostOptions>>().Value.ShutdownTimeout);
        await bot.StartAsync();
    }

    [Fact]
    public async Task Run_ShutdownTimeoutNotLongerThanTheSendTimeout_StopsNamingBothSettings()
    {
        var folder = Directory.CreateTempSubdirectory("moocbot-shutdown-");
        Environment.SetEnvironmentVariable("Storage__ConnectionString", "Data Source=" + Path.Combine(folder.FullName, "bot.db"));
        Environment.SetEnvironmentVariable("Hosting__ShutdownTimeout", "00:00:20");
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();

            var code = await MoocBotCommandLine.RunAsync([], new StringReader(string.Empty), output, error, CancellationToken.None);

            Assert.Equal(1, code);
            Assert.Contains("Hosting:ShutdownTimeout must be longer than Notices:SendTimeout", error.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Hosting__ShutdownTimeout", null);
            Environment.SetEnvironmentVariable("Storage__ConnectionString", null);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task StopAsync_WhileANoticeIsBeingSent_WaitsForTheSendAndRecordsIt()
    {
        var sender = new GatedSender();
        await using var bot = TestBot.Build(
            new() { ["Notices:PublishOnStart"] = "false", ["Notices:PollInterval"] = "00:00:00.050" },
            b => b.Services.AddSingleton<IChatSender>(sender));
        var store = bot.Services.GetRequiredService<INoticeStore>();
        var now = TimeProvider.System.GetUtcNow();
        await store.SetTopicsAsync("telegram", "1001", isGroup: false, ["all"], now, CancellationToken.None);
        await store.PublishAsync(new PublishRequest("v-test", "{}", null, [new NoticeDraft("national", ReplyComposer.ComposeText("The figures changed."))], now, "test"), CancellationToken.None);

        await bot.StartAsync();
        await sender.Started.Task.WaitAsync(Patience);
        var stopping = bot.StopAsync();
        var stoppedBeforeTheSendFinished = stopping.IsCompleted;
        sender.Release.SetResult();
        await stopping.WaitAsync(Patience);

        Assert.False(stoppedBeforeTheSendFinished);
        Assert.Equal(new DeliveryCounts(0, 1, 0, 0), await store.CountDeliveriesAsync(CancellationToken.None));
    }

    private sealed class GatedSender : IChatSender
    {
        public TaskCompletionSource Started { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Platform => "telegram";

        public async Task<SendResult> SendAsync(string chatId, Reply reply, CancellationToken cancellationToken)
        {
            Started.TrySetResult();
            await Release.Task;
            return SendResult.Sent;
        }
    }
}
