using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MoocBot.Core;
using MoocBot.Core.Conversations;

namespace MoocBot.Benchmarks.Answering;

/// <summary>
/// One message through <see cref="ConversationRouter.HandleAsync"/> as every adapter sends it: cleaning,
/// command parsing, answering and composing the reply. The messages come from the console platform,
/// which the rate limiter lets through, so repeating them never turns into "slow down".
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class RoutedMessageBenchmarks
{
    private static readonly string[] Commands = ["/stats", "/topics", "/fact registered users", "/source national.moocs", "/help", "/about", "/FACT@MoocBot  teachers trained"];

    private ServiceProvider _services = null!;
    private ConversationRouter _router = null!;
    private ChatMessage[] _messages = [];
    private int _next;

    [Params("Question", "Command")]
    public string Message { get; set; } = "Question";

    [GlobalSetup]
    public void Setup()
    {
        _services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddMoocBotCore(BenchmarkData.Real)
            .BuildServiceProvider();
        _router = _services.GetRequiredService<ConversationRouter>();
        var texts = Message == "Command" ? Commands : BenchmarkQuestions.Mixed;
        _messages = [.. texts.Select(text => new ChatMessage(ConversationRouter.ConsolePlatform, "console", "bench", text, IsGroup: false, MentionsBot: true))];
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public Task<Reply?> HandleAsync()
    {
        var message = _messages[_next];
        _next = _next + 1 == _messages.Length ? 0 : _next + 1;
        return _router.HandleAsync(message, CancellationToken.None);
    }
}
