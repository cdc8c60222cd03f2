using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using MoocBot.Core.Conversations;
using MoocBot.Telegram.Tests.Fakes;

namespace MoocBot.Telegram.Tests.Sending;

public sealed class TelegramChatAdministratorsTests
{
    private const long Group = -100700;

    [Theory]
    [InlineData("creator", true)]
    [InlineData("administrator", true)]
    [InlineData("member", false)]
    [InlineData("restricted", false)]
    [InlineData("left", false)]
    [InlineData("kicked", false)]
    public async Task IsAdministratorAsync_GroupMember_AsTelegramSays(string status, bool expected)
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);
        fake.SetChatMemberStatus(Group, 42, status);

        var isAdmin = await Administrators(app).IsAdministratorAsync(GroupMessage(42), CancellationToken.None);

        Assert.Equal(expected, isAdmin);
        var call = Assert.Single(fake.CallsTo("getChatMember"));
        Assert.Equal(("-100700", "42"), (call.Get("chat_id"), call.Get("user_id")));
    }

    [Fact]
    public async Task IsAdministratorAsync_PrivateChat_TheUserWithoutAsking()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);

        Assert.True(await Administrators(app).IsAdministratorAsync(new ChatMessage("telegram", "42", "42", "/subscribe", false, false), CancellationToken.None));
        Assert.Empty(fake.Calls);
    }

    [Fact]
    public async Task IsAdministratorAsync_AnonymousAdmin_WithoutAsking()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);

        Assert.True(await Administrators(app).IsAdministratorAsync(GroupMessage(Group) with { SenderIsAdmin = true }, CancellationToken.None));
        Assert.Empty(fake.Calls);
    }

    [Fact]
    public async Task IsAdministratorAsync_TelegramFails_NotAnAdministrator()
    {
        await using var fake = await FakeBotApiServer.StartAsync();
        await using var app = TelegramTestHost.Build(fake);
        fake.FailNext("getChatMember", FakeFailure.ServerError(500));

        Assert.False(await Administrators(app).IsAdministratorAsync(GroupMessage(42), CancellationToken.None));
    }

    private static ChatMessage GroupMessage(long userId) =>
        new("telegram", Group.ToString(System.Globalization.CultureInfo.InvariantCulture), userId.ToString(System.Globalization.CultureInfo.InvariantCulture), "/subscribe", IsGroup: true, MentionsBot: false);

    private static IChatAdministrators Administrators(WebApplication app) =>
        app.Services.GetServices<IChatAdministrators>().Single(a => a.Platform == "telegram");
}
