using BenchmarkDotNet.Attributes;
using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;
using MoocBot.Telegram.Receiving;
using MoocBot.Telegram.Rendering;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace MoocBot.Benchmarks.Telegram;

/// <summary>The adapter's own per-update costs: mapping a message and rendering the answer as Telegram HTML.</summary>
[MemoryDiagnoser]
public class TelegramBenchmarks
{
    private static readonly User Bot = new() { Id = 1, IsBot = true, FirstName = "MoocBot", Username = "MoocTestBot" };
    private Reply _card = null!;
    private Reply _list = null!;
    private Message _groupMention = null!;

    [GlobalSetup]
    public void Setup()
    {
        var repository = FactRepositoryLoader.Load(TelegramLoadRun.FindFactsPath());
        var composer = new ReplyComposer(repository);
        _card = composer.ComposeFact(repository.Facts[0]);
        _list = composer.ComposeList("Everything I know:", repository.Facts, withButtons: true);
        _groupMention = new Message
        {
            Id = 5,
            From = new User { Id = 42, FirstName = "Alice" },
            Chat = new Chat { Id = -100, Type = ChatType.Supergroup },
            Text = "@MoocTestBot how many registered users?",
            Entities = [new MessageEntity { Type = MessageEntityType.Mention, Offset = 0, Length = 12 }],
        };
    }

    [Benchmark]
    public IReadOnlyList<string> RenderFactCard() => TelegramHtmlRenderer.Render(_card);

    [Benchmark]
    public IReadOnlyList<string> RenderEveryFact() => TelegramHtmlRenderer.Render(_list);

    [Benchmark]
    public ChatMessage MapGroupMention()
    {
        TelegramMessageMapper.TryMap(_groupMention, Bot, out var message);
        return message;
    }
}
