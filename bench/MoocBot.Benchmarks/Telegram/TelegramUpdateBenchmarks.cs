using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using MoocBot.Core;
using MoocBot.Core.Facts;
using MoocBot.Telegram;
using MoocBot.Telegram.Receiving;
using MoocBot.Telegram.Tests.Fakes;
using Telegram.Bot;

namespace MoocBot.Benchmarks.Telegram;

/// <summary>
/// One Telegram update through the chat path as the webhook receives it: the JSON body is read into an update, the
/// handler maps it, the router answers, the reply is rendered as HTML and sent with the real TelegramBotClient, whose
/// sendMessage request is serialised into <see cref="InProcessBotApi"/>. Composed with the bot's own registrations
/// (Core and the Telegram adapter); rate limits stay on, set high enough that repeating the set never trips them.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class TelegramUpdateBenchmarks
{
    private static readonly string[] Questions =
    [
        "how many moocs?",
        "how many registered users?",
        "how many learners are there?",
        "how many teachers were trained in the west?",
        "How many MOOCs are there in China?",
    ];

    private static readonly string[] Commands = ["/stats", "/fact learners", "/topics", "/source moocs", "/about"];

    private IHost _host = null!;
    private InProcessBotApi _api = null!;
    private TelegramUpdateHandler _handler = null!;
    private byte[][] _bodies = [];
    private Stream[] _streams = [];
    private int _next;

    [Params("Question", "Command", "GroupMention")]
    public string Update { get; set; } = "Question";

    [GlobalSetup]
    public void Setup()
    {
        // The fake Bot API's test token (it says it is fake), not a literal of the benchmark's own.
        var token = new FakeBotApiOptions().Token;
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Telegram:BotToken"] = token,
            ["RateLimits:PerUser"] = "100000",
            ["RateLimits:PerChat"] = "100000",
            ["RateLimits:Window"] = "00:00:01",
        });
        builder.AddMoocBotCore(FactRepositoryLoader.Load(TelegramLoadRun.FindFactsPath()));
        builder.AddMoocBotTelegram();
        builder.Services.AddSingleton<InProcessBotApi>();
        builder.Services.Replace(ServiceDescriptor.Singleton<ITelegramBotClient>(sp => new TelegramBotClient(
            new TelegramBotClientOptions(token) { RetryThreshold = 0, RetryCount = 1 },
            new HttpClient(sp.GetRequiredService<InProcessBotApi>(), disposeHandler: false))));
        _host = builder.Build();
        _api = _host.Services.GetRequiredService<InProcessBotApi>();
        _handler = _host.Services.GetRequiredService<TelegramUpdateHandler>();

        _bodies = Update switch
        {
            "Command" => [.. Commands.Select((text, i) => Body(i, chatId: 42 + i, text, group: false))],
            "GroupMention" => [.. Questions.Select((text, i) => Body(i, chatId: -100 - i, "@MoocTestBot " + text, group: true))],
            _ => [.. Questions.Select((text, i) => Body(i, chatId: 42 + i, text, group: false))],
        };
        _streams = [.. _bodies.Select(body => new MemoryStream(body, writable: false))];

        // Every update must be answered with one message, or the benchmark measures something else.
        for (var i = 0; i < _bodies.Length; i++)
        {
            HandleNextAsync().GetAwaiter().GetResult();
        }

        if (_api.SentMessages != _bodies.Length)
        {
            throw new InvalidOperationException($"{_bodies.Length} updates were answered with {_api.SentMessages} messages.");
        }

        Console.WriteLine($"// {Update}: the last request sent was {_api.LastBody}");
    }

    [GlobalCleanup]
    public void Cleanup() => _host.Dispose();

    [Benchmark]
    public async Task HandleNextAsync()
    {
        var stream = _streams[_next];
        _next = _next + 1 == _streams.Length ? 0 : _next + 1;
        stream.Position = 0;
        var (update, _, _) = await TelegramUpdateReader.ReadAsync(stream, CancellationToken.None);
        await _handler.HandleAsync(update!, CancellationToken.None);
    }

    private static byte[] Body(int index, long chatId, string text, bool group)
    {
        var chat = group
            ? $$"""{"id":{{chatId}},"title":"MOOC fans","type":"supergroup"}"""
            : $$"""{"id":{{chatId}},"first_name":"Alice","type":"private"}""";
        var entities = group ? ""","entities":[{"offset":0,"length":12,"type":"mention"}]""" : string.Empty;
        var json = string.Create(
            CultureInfo.InvariantCulture,
            $$$"""{"update_id":{{{1000 + index}}},"message":{"message_id":{{{10 + index}}},"from":{"id":{{{42 + index}}},"is_bot":false,"first_name":"Alice","language_code":"en"},"chat":{{{chat}}},"date":1764892800,"text":"{{{text}}}"{{{entities}}}}}""");
        return Encoding.UTF8.GetBytes(json);
    }
}
