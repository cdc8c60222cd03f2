using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using MoocBot.Core.Conversations;
using MoocBot.Core.Notices;
using MoocBot.Telegram.Sending;
using MoocBot.Telegram.Tests.Fakes;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace MoocBot.Telegram.Tests.Sending;

/// <summary>Replies with a picture (charts) go out with sendPhoto, uploaded as multipart/form-data, the text as the caption.</summary>
public sealed class TelegramPhotoReplyTests
{
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 73, 72, 68, 82];
    private static readonly ReplyImage Chart = new(Png, "national.moocs.png", "Line chart of MOOCs in China");

    [Fact]
    public async Task SendReplyAsync_ShortTextWithImage_OnePhotoCaptionedWithTheTextAndButtons()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);
        var reply = new Reply
        {
            Blocks = [new ReplyBlock(ReplyBlockKind.Heading, [new ReplySpan("MOOCs in China")]), ReplyBlock.Text("more than 97,000 (Dec 2024) < 2025")],
            Image = Chart,
            Buttons = [new ReplyButton("Source", "/source national.moocs")],
        };

        Assert.True(await Sender(app).SendReplyAsync(5, reply, new ReplyTarget(41, null), CancellationToken.None));

        var photo = Assert.Single(fake.SentMessages);
        Assert.Equal(Png, photo.Photo);
        Assert.Equal("national.moocs.png", photo.PhotoFileName);
        Assert.Equal("MOOCs in China\n\nmore than 97,000 (Dec 2024) < 2025", photo.VisibleText);
        Assert.Equal("HTML", photo.ParseMode, ignoreCase: true);
        Assert.Equal(41, photo.ReplyToMessageId);
        Assert.Equal([[("Source", "/source national.moocs")]], photo.Buttons.Select(r => r.ToList()));
        Assert.Empty(fake.CallsTo("sendMessage"));
    }

    [Fact]
    public async Task SendReplyAsync_TextLongerThanACaption_PhotoWithFirstParagraphThenTheRestWithButtons()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);
        var paragraphs = Enumerable.Range(1, 12).Select(i => ReplyBlock.Text($"Paragraph {i}: " + new string('x', 100))).ToList();
        var reply = new Reply
        {
            Blocks = [ReplyBlock.Text("MOOCs in China over time"), .. paragraphs],
            Image = Chart,
            Buttons = [new ReplyButton("Source", "/source national.moocs")],
        };

        Assert.True(await Sender(app).SendReplyAsync(5, reply, ReplyTarget.None, CancellationToken.None));

        var sent = fake.SentMessages;
        Assert.Equal(2, sent.Count);
        Assert.Equal("MOOCs in China over time", sent[0].VisibleText);
        Assert.Equal(Png, sent[0].Photo);
        Assert.Empty(sent[0].Buttons);
        Assert.Null(sent[1].Photo);
        Assert.StartsWith("Paragraph 1: ", sent[1].VisibleText, StringComparison.Ordinal);
        Assert.EndsWith("Paragraph 12: " + new string('x', 100), sent[1].VisibleText, StringComparison.Ordinal);
        Assert.Single(sent[1].Buttons);
    }

    [Fact]
    public async Task SendReplyAsync_PhotoRateLimitedOnce_UploadedAgainAndDeliveredOnce()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);
        fake.FailNext("sendPhoto", FakeFailure.TooManyRequests(retryAfter: 1));

        var delivered = await Sender(app).SendReplyAsync(5, new Reply { Blocks = [ReplyBlock.Text("Chart")], Image = Chart }, ReplyTarget.None, CancellationToken.None);

        Assert.True(delivered);
        Assert.Equal([429, 200], fake.CallsTo("sendPhoto").Select(c => c.StatusCode));
        Assert.Equal(Png, Assert.Single(fake.SentMessages).Photo);
    }

    [Fact]
    public async Task SendOnceAsync_NoticeWithImage_SentAsAPhoto()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);

        var result = await Sender(app).SendOnceAsync("7", new Reply { Blocks = [ReplyBlock.Text("New figure")], Image = Chart }, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal("New figure", Assert.Single(fake.SentMessages).VisibleText);
        Assert.Equal(Png, fake.SentMessages[0].Photo);
    }

    [Fact]
    public async Task FakeSendPhoto_NotAnImage_RefusedAsTelegramDoes()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        var client = new TelegramBotClient(new TelegramBotClientOptions(fake.Token, fake.BaseUrl));
        using var notAnImage = new MemoryStream("plain text"u8.ToArray());

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => client.SendPhoto(5, InputFile.FromStream(notAnImage, "chart.png")));

        Assert.Equal(400, error.ErrorCode);
        Assert.Contains("IMAGE_PROCESS_FAILED", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FakeSendPhoto_CaptionOverTheLimit_Refused()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        var client = new TelegramBotClient(new TelegramBotClientOptions(fake.Token, fake.BaseUrl));
        using var photo = new MemoryStream(Png);

        var error = await Assert.ThrowsAsync<ApiRequestException>(() => client.SendPhoto(5, InputFile.FromStream(photo, "chart.png"), new string('a', 1025)));

        Assert.Contains("caption is too long", error.Message, StringComparison.Ordinal);
    }

    private static TelegramReplySender Sender(WebApplication app) => app.Services.GetRequiredService<TelegramReplySender>();
}
