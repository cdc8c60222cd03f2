using MoocBot.Core.Conversations;
using MoocBot.Discord.Interactions;
using MoocBot.Discord.Models;

namespace MoocBot.Discord.Tests;

public sealed class DiscordChatAdministratorsTests
{
    [Theory]
    [InlineData("32", true)]
    [InlineData("8", true)]
    [InlineData("2147483647", true)]
    [InlineData("0", false)]
    [InlineData("2048", false)]
    [InlineData(null, false)]
    public async Task IsAdministratorAsync_GuildMember_FollowsManageServerOrAdministrator(string? permissions, bool expected)
    {
        var interaction = new Interaction
        {
            Id = "1",
            Type = InteractionType.ApplicationCommand,
            GuildId = "2",
            ChannelId = "3",
            Member = new GuildMember { User = new DiscordUser { Id = "4" }, Permissions = permissions },
        };

        var message = InteractionHandler.ToChatMessage(interaction, "/subscribe");

        Assert.Equal(expected, await new DiscordChatAdministrators().IsAdministratorAsync(message, CancellationToken.None));
        Assert.True(message.IsGroup);
        Assert.True(message.MentionsBot);
        Assert.Equal("3", message.ChatId);
        Assert.Equal("4", message.UserId);
    }

    [Fact]
    public void ToChatMessage_InteractionWithLocale_CarriesItAsTheLanguageHint()
    {
        var interaction = new Interaction { Id = "1", Type = InteractionType.ApplicationCommand, ChannelId = "3", User = new DiscordUser { Id = "4" }, Locale = "zh-CN" };

        var message = InteractionHandler.ToChatMessage(interaction, "/help");

        Assert.Equal("zh-CN", message.LanguageHint);
    }

    [Fact]
    public async Task IsAdministratorAsync_DirectMessage_IsTheUsersOwnChat()
    {
        var interaction = new Interaction { Id = "1", Type = InteractionType.ApplicationCommand, ChannelId = "3", User = new DiscordUser { Id = "4" } };

        var message = InteractionHandler.ToChatMessage(interaction, "/subscribe");

        Assert.False(message.IsGroup);
        Assert.Null(message.SenderIsAdmin);
        Assert.True(await new DiscordChatAdministrators().IsAdministratorAsync(message, CancellationToken.None));
    }

    [Fact]
    public async Task IsAdministratorAsync_GroupMessageWithoutPermissions_IsFalse()
    {
        var message = new ChatMessage("discord", "3", "4", "hi", IsGroup: true, MentionsBot: true);

        Assert.False(await new DiscordChatAdministrators().IsAdministratorAsync(message, CancellationToken.None));
    }
}
