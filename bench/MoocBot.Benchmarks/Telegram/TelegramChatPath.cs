using System.Globalization;
using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using MoocBot.Core;
using MoocBot.Core.Facts;
using MoocBot.Telegram;
using MoocBot.Telegram.Tests.Fakes;
using Telegram.Bot;

namespace MoocBot.Benchmarks.Telegram;

/// <summary>
/// The bot's Telegram chat path composed with its own registrations (Core and the Telegram adapter) over
/// <see cref="InProcessBotApi"/>, and the webhook bodies of one kind of update; rate limits stay on, set high enough
/// that repeating the set never trips them. Shared by <see cref="TelegramUpdateBenchmarks"/> and <see cref="TelegramAllocationRun"/>.
/// </summary>
internal sealed class TelegramChatPath
{
    /// <summary>The kinds of update measured, as the benchmark's parameter names them.</summary>
    public static readonly string[] Kinds = ["Question", "Command", "GroupMention"];

    private static readonly string[] Questions =
    [
        "how many moocs?",
        "how many registered users?",
        "how many learners are there?",
        "how many teachers were trained in the west?",
        "How many MOOCs are there in China?",
    ];

    private static readonly string[] Commands = ["/stats", "/fact learners", "/topics", "/source moocs", "/about"];

    public TelegramChatPath(string kind)
    {
        // The fake Bot API's test token (it says it is fake), not a literal of the benchmark's own.
        var token = new FakeBotApiOptions().Token;
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
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
        Host = builder.Build();
        Api = Host.Services.GetRequiredService<InProcessBotApi>();
        Bodies = kind switch
        {
            "Command" => [.. Commands.Select((text, i) => Body(i, chatId: 42 + i, text, group: false))],
            "GroupMention" => [.. Questions.Select((text, i) => Body(i, chatId: -100 - i, "@MoocTestBot " + text, group: true))],
            "Question" => [.. Questions.Select((text, i) => Body(i, chatId: 42 + i, text, group: false))],
            _ => throw new ArgumentException($"No updates of kind '{kind}'.", nameof(kind)),
        };
    }

    /// <summary>The composed bot, never started: the benchmark calls its services directly. Its owner disposes it.</summary>
    public IHost Host { get; }

    public IServiceProvider Services => Host.Services;

    public InProcessBotApi Api { get; }

    /// <summary>The webhook bodies, cycled.</summary>
    public byte[][] Bodies { get; }

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
