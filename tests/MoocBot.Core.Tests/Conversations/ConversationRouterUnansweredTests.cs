using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MoocBot.Core.Conversations;
using MoocBot.Core.Diagnostics;
using MoocBot.Core.Facts;
using MoocBot.Core.Tests.Diagnostics.Fakes;

namespace MoocBot.Core.Tests.Conversations;

public sealed class ConversationRouterUnansweredTests : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private readonly InMemoryUnansweredLog _log = new();
    private readonly ServiceProvider _services;
    private readonly ConversationRouter _router;
    private readonly UnansweredQuestions _queue;

    public ConversationRouterUnansweredTests()
    {
        _services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddMoocBotCore(FactRepositoryLoader.Load(TestData.FactsPath))
            .AddSingleton<IUnansweredQuestionLog>(_log)
            .AddMoocBotUnansweredLog()
            .Configure<UnansweredLogOptions>(o => o.Enabled = true)
            .BuildServiceProvider();
        _router = _services.GetRequiredService<ConversationRouter>();
        _queue = _services.GetRequiredService<UnansweredQuestions>();
    }

    public async ValueTask DisposeAsync() => await _services.DisposeAsync();

    [Fact]
    public async Task HandleAsync_NotFound_QueuesTheTextAndPlatformOnly()
    {
        _queue.Start();

        await _router.HandleAsync(new ChatMessage("telegram", "-100123", "user-987", "  What is the WEATHER\nin Paris tomorrow?  ", IsGroup: false, MentionsBot: false), CancellationToken.None);

        Assert.True(_queue.Reader.TryRead(out var pending));
        Assert.Equal(("telegram", "What is the WEATHER in Paris tomorrow?"), (pending.Platform, pending.Text));
        Assert.False(_queue.Reader.TryRead(out _));
    }

    [Theory]
    [InlineData("how many moocs are there?")]
    [InlineData("/help")]
    [InlineData("/fact nothing like this at all")]
    public async Task HandleAsync_AnsweredQuestionOrCommand_QueuesNothing(string text)
    {
        _queue.Start();

        await _router.HandleAsync(new ChatMessage("telegram", "1", "2", text, IsGroup: false, MentionsBot: false), CancellationToken.None);

        Assert.False(_queue.Reader.TryRead(out _));
    }

    [Fact]
    public async Task HandleAsync_WriterNotRunning_QueuesNothing()
    {
        await _router.HandleAsync(new ChatMessage("telegram", "1", "2", "What is the weather in Paris tomorrow?", IsGroup: false, MentionsBot: false), CancellationToken.None);

        Assert.False(_queue.Reader.TryRead(out _));
    }

    [Fact]
    public async Task HandleAsync_LogStoreDown_StillReplies()
    {
        _log.Failure = new InvalidOperationException("the database is down");
        var writer = _services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().Single();
        await writer.StartAsync(CancellationToken.None);
        await _queue.WhenAccepting.WaitAsync(Patience);

        var replies = new List<Reply?>();
        for (var i = 0; i < 5; i++)
        {
            replies.Add(await _router.HandleAsync(new ChatMessage("telegram", "1", "u" + i, "What is the weather in Paris tomorrow?", IsGroup: false, MentionsBot: false), CancellationToken.None));
        }

        await writer.StopAsync(CancellationToken.None);

        Assert.All(replies, reply => Assert.False(string.IsNullOrEmpty(reply?.ToPlainText())));
        Assert.Empty(_log.Questions);
    }

    [Fact]
    public void AddMoocBotCore_Alone_LeavesTheLogOffWithoutAWriter()
    {
        using var services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddMoocBotCore(FactRepositoryLoader.Load(TestData.FactsPath))
            .BuildServiceProvider();

        Assert.False(services.GetRequiredService<IOptions<UnansweredLogOptions>>().Value.Enabled);
        Assert.Empty(services.GetServices<Microsoft.Extensions.Hosting.IHostedService>());
    }
}
