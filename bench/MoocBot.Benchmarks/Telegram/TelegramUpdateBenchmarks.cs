using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using MoocBot.Telegram.Receiving;

namespace MoocBot.Benchmarks.Telegram;

/// <summary>
/// One Telegram update through the chat path as the webhook receives it: the JSON body is read into an update, the
/// handler maps it, the router answers, the reply is rendered as HTML and sent with the real TelegramBotClient, whose
/// sendMessage request is serialised into <see cref="InProcessBotApi"/>; set up by <see cref="TelegramChatPath"/>.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class TelegramUpdateBenchmarks
{
    private TelegramChatPath _path = null!;
    private TelegramUpdateHandler _handler = null!;
    private Stream[] _streams = [];
    private int _next;

    [Params("Question", "Command", "GroupMention")]
    public string Update { get; set; } = "Question";

    [GlobalSetup]
    public void Setup()
    {
        _path = new TelegramChatPath(Update);
        _handler = _path.Services.GetRequiredService<TelegramUpdateHandler>();
        _streams = [.. _path.Bodies.Select(body => new MemoryStream(body, writable: false))];

        // Every update must be answered with one message, or the benchmark measures something else.
        for (var i = 0; i < _streams.Length; i++)
        {
            HandleNextAsync().GetAwaiter().GetResult();
        }

        if (_path.Api.SentMessages != _streams.Length)
        {
            throw new InvalidOperationException($"{_streams.Length} updates were answered with {_path.Api.SentMessages} messages.");
        }

        Console.WriteLine($"// {Update}: the last request sent was {_path.Api.LastBody}");
    }

    [GlobalCleanup]
    public void Cleanup() => _path.Host.Dispose();

    [Benchmark]
    public async Task HandleNextAsync()
    {
        var stream = _streams[_next];
        _next = _next + 1 == _streams.Length ? 0 : _next + 1;
        stream.Position = 0;
        var (update, _, _) = await TelegramUpdateReader.ReadAsync(stream, CancellationToken.None);
        await _handler.HandleAsync(update!, CancellationToken.None);
    }
}
