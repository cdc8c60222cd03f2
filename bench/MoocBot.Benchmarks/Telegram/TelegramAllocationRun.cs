using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MoocBot.Core.Answering;
using MoocBot.Core.Conversations;
using MoocBot.Core.Conversations.FollowUps;
using MoocBot.Telegram;
using MoocBot.Telegram.Receiving;
using MoocBot.Telegram.Rendering;
using MoocBot.Telegram.Sending;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace MoocBot.Benchmarks.Telegram;

/// <summary>
/// Where the bytes of one Telegram update go: each stage of the chat path run on its own, many times, with the bytes
/// the process allocated around it (<see cref="GC.GetTotalAllocatedBytes(bool)"/>, precise), divided by the runs.
/// Stages overlap on purpose (the whole update, then its parts), so the rows do not add up to the first one exactly.
/// </summary>
internal static class TelegramAllocationRun
{
    private const int Runs = 2_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var kinds = args.Length > 0 ? args : TelegramChatPath.Kinds;
        Console.WriteLine($"Bytes allocated per update, mean of {Runs:N0} runs of each stage after a warm-up of as many.");
        foreach (var kind in kinds)
        {
            await RunKindAsync(kind);
        }

        return 0;
    }

    private static async Task RunKindAsync(string kind)
    {
        var path = new TelegramChatPath(kind);
        using var host = path.Host;
        var services = path.Services;
        var handler = services.GetRequiredService<TelegramUpdateHandler>();
        var router = services.GetRequiredService<ConversationRouter>();
        var sender = services.GetRequiredService<TelegramReplySender>();
        var client = services.GetRequiredService<ITelegramBotClient>();
        var timeProvider = services.GetRequiredService<TimeProvider>();
        var sendTimeout = services.GetRequiredService<IOptions<TelegramOptions>>().Value.SendTimeout;
        var timeouts = new SendTimeouts(timeProvider);
        var facts = services.GetRequiredService<CurrentFacts>();
        var followUps = services.GetRequiredService<FollowUpAnswerer>();
        var limiter = services.GetRequiredService<MessageRateLimiter>();
        var bot = await services.GetRequiredService<TelegramBotIdentity>().GetAsync(CancellationToken.None);

        var streams = path.Bodies.Select(body => new MemoryStream(body, writable: false)).ToArray();
        var updates = new Update[streams.Length];
        var messages = new ChatMessage[streams.Length];
        var replies = new Reply[streams.Length];
        var html = new string[streams.Length];
        for (var i = 0; i < streams.Length; i++)
        {
            updates[i] = (await TelegramUpdateReader.ReadAsync(streams[i], CancellationToken.None)).Update!;
            TelegramMessageMapper.TryMap(updates[i].Message!, bot, out messages[i]);
            replies[i] = (await router.HandleAsync(messages[i], CancellationToken.None))!;
            html[i] = TelegramHtmlRenderer.Render(replies[i])[0];
        }

        var invoker = new HttpMessageInvoker(path.Api, disposeHandler: false);
        var sendMessageUri = new Uri("http://127.0.0.1/bot1:fake/sendMessage");
        var requestBody = new ByteArrayContent(new byte[300]);
        requestBody.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        var stages = new (string Name, Func<int, Task> Run)[]
        {
            ("whole update (read + handle)", async i =>
            {
                streams[i].Position = 0;
                var (update, _, _) = await TelegramUpdateReader.ReadAsync(streams[i], CancellationToken.None);
                await handler.HandleAsync(update!, CancellationToken.None);
            }),
            ("  read the webhook body into an Update", async i =>
            {
                streams[i].Position = 0;
                await TelegramUpdateReader.ReadAsync(streams[i], CancellationToken.None);
            }),
            ("  handle the Update", i => handler.HandleAsync(updates[i], CancellationToken.None)),
            ("    map to a ChatMessage", i =>
            {
                TelegramMessageMapper.TryMap(updates[i].Message!, bot, out _);
                return Task.CompletedTask;
            }),
            ("    router: answer and compose the reply", i => router.HandleAsync(messages[i], CancellationToken.None)),
            ("      FactAnswerer.Answer", i =>
            {
                facts.Answerer.Answer(messages[i].Text);
                return Task.CompletedTask;
            }),
            ("      FollowUpAnswerer.AnswerAsync (answer, compose, context)", i => followUps.AnswerAsync(messages[i], messages[i].Text, ChatLanguage.English, CancellationToken.None)),
            ("      rate limiter", i =>
            {
                limiter.Check(messages[i]);
                return Task.CompletedTask;
            }),
            ("    send the reply (render, keyboard, send)", i => sender.SendReplyAsync(updates[i].Message!.Chat.Id, replies[i], ReplyTarget.None, CancellationToken.None)),
            ("      the reply's parts (TelegramReplyParts.Split)", i =>
            {
                TelegramReplyParts.Split(replies[i]);
                return Task.CompletedTask;
            }),
            ("        rendering as HTML (TelegramHtmlRenderer.Render)", i =>
            {
                TelegramHtmlRenderer.Render(replies[i]);
                return Task.CompletedTask;
            }),
            ("      inline keyboard objects (for photos only now)", i =>
            {
                TelegramKeyboard.Build(replies[i].Buttons);
                return Task.CompletedTask;
            }),
            ("      the send's time limit (SendTimeouts)", i =>
            {
                using var timeout = timeouts.Start(sendTimeout, CancellationToken.None);
                return Task.CompletedTask;
            }),
            ("      TelegramBotClient.SendMessage, keyboard built (before)", i => client.SendMessage(
                updates[i].Message!.Chat.Id,
                html[i],
                ParseMode.Html,
                replyMarkup: TelegramKeyboard.Build(replies[i].Buttons),
                linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
                cancellationToken: CancellationToken.None)),
            ("      SendRequest(TextMessageRequest), keyboard written", i => client.SendRequest(
                new TextMessageRequest(updates[i].Message!.Chat.Id, html[i], replies[i].Buttons, ReplyTarget.None),
                CancellationToken.None)),
            ("        the in-process Bot API stand-in alone", async i =>
            {
                using var request = new HttpRequestMessage(HttpMethod.Post, sendMessageUri) { Content = requestBody };
                using var response = await invoker.SendAsync(request, CancellationToken.None);

                // The body is reused: disposing the request would dispose it.
                request.Content = null;
            }),
        };

        Console.WriteLine();
        Console.WriteLine($"{kind}: {Describe(replies[0], html[0])}");
        var body = string.Empty;
        foreach (var (name, run) in stages)
        {
            for (var i = 0; i < Runs; i++)
            {
                await run(i % streams.Length);
            }

            var before = GC.GetTotalAllocatedBytes(precise: true);
            for (var i = 0; i < Runs; i++)
            {
                await run(i % streams.Length);
            }

            var bytes = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)Runs;
            body = name.StartsWith("whole", StringComparison.Ordinal) ? path.Api.LastBody : body;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {name,-60} {bytes,9:N0} B"));
        }

        Console.WriteLine($"  the reply's sendMessage body: {body}");
    }

    private static string Describe(Reply reply, string html) =>
        string.Create(CultureInfo.InvariantCulture, $"first reply {reply.Blocks.Count} blocks, {reply.Buttons.Count} buttons, {html.Length} HTML characters");
}
