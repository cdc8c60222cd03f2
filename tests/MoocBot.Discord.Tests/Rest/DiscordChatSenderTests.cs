using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using MoocBot.Core.Conversations;
using MoocBot.Core.Notices;
using MoocBot.Discord.Models;
using MoocBot.Discord.Rest;
using MoocBot.Discord.Tests.Fakes;

namespace MoocBot.Discord.Tests.Rest;

public sealed class DiscordChatSenderTests
{
    private static readonly Reply Notice = ReplyComposer.ComposeText("Updated: MOOCs offered in China 62,000 → 70,000.");

    [Fact]
    public async Task SendAsync_Accepted_IsSentAsAMessageWithNoMentionsAllowed()
    {
        await using var rest = await FakeDiscordRestServer.StartAsync();
        await using var services = Services.Build(rest.BaseUrl);

        var result = await services.GetRequiredService<DiscordChatSender>().SendAsync(TestHost.ChannelId, Notice, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var request = Assert.Single(rest.Requests);
        Assert.Equal($"/channels/{TestHost.ChannelId}/messages", request.Path);
        Assert.Equal(0, request.Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public async Task SendAsync_NoticeWithAPicture_UploadsItAsFilesZeroShownInTheEmbed()
    {
        await using var rest = await FakeDiscordRestServer.StartAsync();
        await using var services = Services.Build(rest.BaseUrl);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];
        var notice = Notice with { Image = new ReplyImage(png, "national.moocs.png", "Line chart of MOOCs in China") };

        var result = await services.GetRequiredService<DiscordChatSender>().SendAsync(TestHost.ChannelId, notice, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        var request = Assert.Single(rest.Requests);
        Assert.StartsWith("multipart/form-data", request.Headers["Content-Type"], StringComparison.Ordinal);
        var file = Assert.Single(request.Files);
        Assert.Equal(("files[0]", "national.moocs.png"), (file.Name, file.FileName));
        Assert.Equal(png, file.Content);
        Assert.Equal("attachment://national.moocs.png", request.Json.GetProperty("embeds")[0].GetProperty("image").GetProperty("url").GetString());
        Assert.Equal(0, request.Json.GetProperty("allowed_mentions").GetProperty("parse").GetArrayLength());
    }

    [Fact]
    public async Task SendAsync_PictureRateLimitedOnce_SentAgainWithTheFile()
    {
        await using var rest = await FakeDiscordRestServer.StartAsync();
        rest.Enqueue(ScriptedResponse.TooManyRequests("POST", "/channels/", 0.01));
        await using var services = Services.Build(rest.BaseUrl);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 9];

        var result = await services.GetRequiredService<DiscordChatSender>().SendAsync(
            TestHost.ChannelId, Notice with { Image = new ReplyImage(png, "chart.png", "Chart") }, CancellationToken.None);

        Assert.Equal(SendOutcome.Sent, result.Outcome);
        Assert.Equal([429, 200], rest.Requests.Select(r => r.Status));
        Assert.All(rest.Requests, r => Assert.Equal(png, Assert.Single(r.Files).Content));
    }

    [Fact]
    public async Task CreateMessageAsync_EmbedImageOfAFileNotUploaded_RefusedByTheFake()
    {
        await using var rest = await FakeDiscordRestServer.StartAsync();
        await using var services = Services.Build(rest.BaseUrl);
        var payload = new DiscordMessagePayload { Embeds = [new DiscordEmbed { Title = "Chart", Image = new EmbedImage("attachment://chart.png") }] };

        var response = await services.GetRequiredService<DiscordRestClient>().CreateMessageAsync(TestHost.ChannelId, payload, CancellationToken.None);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.Status);
    }

    [Theory]
    [InlineData(404, """{"code":10003,"message":"Unknown Channel"}""", SendOutcome.ChatGone)]
    [InlineData(403, """{"code":50001,"message":"Missing Access"}""", SendOutcome.ChatGone)]
    [InlineData(500, "{}", SendOutcome.TransientFailure)]
    [InlineData(503, "", SendOutcome.TransientFailure)]
    [InlineData(400, """{"code":50035,"message":"Invalid Form Body"}""", SendOutcome.PermanentFailure)]
    [InlineData(401, """{"code":0,"message":"401: Unauthorized"}""", SendOutcome.TransientFailure)]
    public async Task SendAsync_DiscordRefuses_MapsTheOutcome(int status, string body, SendOutcome expected)
    {
        await using var rest = await FakeDiscordRestServer.StartAsync();
        rest.Enqueue(new ScriptedResponse("POST", "/channels/", status, body));
        await using var services = Services.Build(rest.BaseUrl);

        var result = await services.GetRequiredService<DiscordChatSender>().SendAsync(TestHost.ChannelId, Notice, CancellationToken.None);

        Assert.Equal(expected, result.Outcome);
        Assert.DoesNotContain(TestHost.BotToken, result.Error ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_LongRateLimit_IsRateLimitedWithRetryAfter()
    {
        await using var rest = await FakeDiscordRestServer.StartAsync();
        rest.Enqueue(ScriptedResponse.TooManyRequests("POST", "/channels/", retryAfter: 120));
        await using var services = Services.Build(rest.BaseUrl);

        var result = await services.GetRequiredService<DiscordChatSender>().SendAsync(TestHost.ChannelId, Notice, CancellationToken.None);

        Assert.Equal(SendOutcome.RateLimited, result.Outcome);
        Assert.Equal(TimeSpan.FromSeconds(120), result.RetryAfter);
    }

    [Fact]
    public async Task SendAsync_NoServer_IsATransientFailure()
    {
        await using var services = Services.Build(new Uri("http://127.0.0.1:9/api/v10"));

        var result = await services.GetRequiredService<DiscordChatSender>().SendAsync(TestHost.ChannelId, Notice, CancellationToken.None);

        Assert.Equal(SendOutcome.TransientFailure, result.Outcome);
    }

    [Fact]
    public async Task SendAsync_ServerError_LogsOneWarningLineWithoutAStackTrace()
    {
        await using var rest = await FakeDiscordRestServer.StartAsync();
        rest.Enqueue(new ScriptedResponse("POST", "/channels/", 502, """{"code":0,"message":"Bad Gateway"}"""));
        using var logs = new FakeLogs();
        await using var services = Services.Build(rest.BaseUrl, logs);

        var result = await services.GetRequiredService<DiscordChatSender>().SendAsync(TestHost.ChannelId, Notice, CancellationToken.None);

        Assert.Equal(SendOutcome.TransientFailure, result.Outcome);
        var warning = Assert.Single(logs.Records, e => e.Level >= LogLevel.Warning);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("502", warning.Message, StringComparison.Ordinal);
        Assert.Null(warning.Exception);
    }

    [Fact]
    public async Task SendAsync_NetworkError_LogsOneWarningLineWithoutAStackTrace()
    {
        using var logs = new FakeLogs();
        await using var services = Services.Build(new Uri("http://127.0.0.1:9/api/v10"), logs);

        var result = await services.GetRequiredService<DiscordChatSender>().SendAsync(TestHost.ChannelId, Notice, CancellationToken.None);

        Assert.Equal(SendOutcome.TransientFailure, result.Outcome);
        var warning = Assert.Single(logs.Records, e => e.Level >= LogLevel.Warning);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains(TestHost.ChannelId, warning.Message, StringComparison.Ordinal);
        Assert.Contains("retried", warning.Message, StringComparison.Ordinal);
        Assert.Null(warning.Exception);
        Assert.DoesNotContain(TestHost.BotToken, warning.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_NotAChannelId_IsAPermanentFailure()
    {
        await using var services = Services.Build(new Uri("http://127.0.0.1:9/api/v10"));

        var result = await services.GetRequiredService<DiscordChatSender>().SendAsync("general", Notice, CancellationToken.None);

        Assert.Equal(SendOutcome.PermanentFailure, result.Outcome);
    }
}
