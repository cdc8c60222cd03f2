using MoocBot.Telegram.Receiving;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace MoocBot.Telegram.Tests.Receiving;

public sealed class TelegramMessageMapperTests
{
    private static readonly User Bot = new() { Id = 777, IsBot = true, FirstName = "MoocBot", Username = "MoocTestBot" };
    private static readonly User Alice = new() { Id = 42, FirstName = "Alice" };

    [Fact]
    public void TryMap_PrivateText_IsAQuestionFromThatChat()
    {
        Assert.True(TelegramMessageMapper.TryMap(Private("how many moocs?"), Bot, out var message));

        Assert.Equal(("telegram", "42", "42", "how many moocs?", false, false), (message.Platform, message.ChatId, message.UserId, message.Text, message.IsGroup, message.MentionsBot));
        Assert.Equal("MoocTestBot", message.BotUserName);
    }

    [Theory]
    [InlineData("@MoocTestBot how many moocs?", "how many moocs?")]
    [InlineData("@mooctestbot, how many moocs?", "how many moocs?")]
    [InlineData("how many moocs @MoocTestBot?", "how many moocs ?")]
    public void TryMap_GroupMentionEntity_AddressesTheBotAndIsRemoved(string text, string expected)
    {
        var at = text.IndexOf('@', StringComparison.Ordinal);
        var entities = new[] { new MessageEntity { Type = MessageEntityType.Mention, Offset = at, Length = "@MoocTestBot".Length } };

        Assert.True(TelegramMessageMapper.TryMap(Group(text, entities), Bot, out var message));

        Assert.True(message.IsGroup);
        Assert.True(message.MentionsBot);
        Assert.Equal(expected, message.Text);
        Assert.Equal("-100200", message.ChatId);
        Assert.Equal("42", message.UserId);
    }

    [Fact]
    public void TryMap_MentionOfAnotherBot_DoesNotAddressUs()
    {
        var entities = new[] { new MessageEntity { Type = MessageEntityType.Mention, Offset = 0, Length = "@OtherBot".Length } };

        Assert.True(TelegramMessageMapper.TryMap(Group("@OtherBot how many moocs?", entities), Bot, out var message));

        Assert.False(message.MentionsBot);
        Assert.Equal("@OtherBot how many moocs?", message.Text);
    }

    [Fact]
    public void TryMap_MentionWithoutEntities_IsFoundAsAWholeWord()
    {
        Assert.True(TelegramMessageMapper.TryMap(Group("@MoocTestBot how many moocs?"), Bot, out var mentioned));
        Assert.True(TelegramMessageMapper.TryMap(Group("mail me@MoocTestBotty.org"), Bot, out var notMentioned));

        Assert.True(mentioned.MentionsBot);
        Assert.Equal("how many moocs?", mentioned.Text);
        Assert.False(notMentioned.MentionsBot);
    }

    [Fact]
    public void TryMap_TextMentionOfTheBotUser_AddressesTheBot()
    {
        var entities = new[] { new MessageEntity { Type = MessageEntityType.TextMention, Offset = 0, Length = 7, User = Bot } };

        Assert.True(TelegramMessageMapper.TryMap(Group("MoocBot how many moocs?", entities), Bot, out var message));

        Assert.True(message.MentionsBot);
        Assert.Equal("how many moocs?", message.Text);
    }

    [Fact]
    public void TryMap_ReplyToTheBot_AddressesTheBot()
    {
        var reply = Group("and the users?");
        reply.ReplyToMessage = new Message { Id = 1, From = Bot, Chat = reply.Chat, Text = "62,000" };

        Assert.True(TelegramMessageMapper.TryMap(reply, Bot, out var message));

        Assert.True(message.MentionsBot);
    }

    [Fact]
    public void TryMap_CommandForTheBot_KeepsTheBotNameForTheRouter()
    {
        Assert.True(TelegramMessageMapper.TryMap(Group("/stats@MoocTestBot"), Bot, out var message));

        Assert.Equal("/stats@MoocTestBot", message.Text);
        Assert.False(message.MentionsBot);
    }

    [Fact]
    public void TryMap_MessagesTheBotNeverAnswers_AreSkipped()
    {
        var fromBot = Private("hello");
        fromBot.From = new User { Id = 5, IsBot = true, FirstName = "Other" };
        var viaUs = Private("62,000 MOOCs");
        viaUs.ViaBot = Bot;
        var sticker = Private("x");
        sticker.Text = null;

        Assert.False(TelegramMessageMapper.TryMap(fromBot, Bot, out _));
        Assert.False(TelegramMessageMapper.TryMap(viaUs, Bot, out _));
        Assert.False(TelegramMessageMapper.TryMap(sticker, Bot, out _));
    }

    [Fact]
    public void TryMap_AnonymousGroupAdmin_IsKnownToBeAnAdministrator()
    {
        var message = Group("/subscribe");
        message.From = new User { Id = 1087968824, IsBot = true, FirstName = "Group", Username = "GroupAnonymousBot" };
        message.SenderChat = message.Chat;

        Assert.True(TelegramMessageMapper.TryMap(message, Bot, out var mapped));

        Assert.True(mapped.SenderIsAdmin);
    }

    [Fact]
    public void TryMap_ChannelPost_IsAGroupMessageFromTheChannel()
    {
        var post = new Message { Id = 3, Chat = new Chat { Id = -100300, Type = ChatType.Channel }, Text = "/stats@MoocTestBot" };
        post.SenderChat = post.Chat;

        Assert.True(TelegramMessageMapper.TryMap(post, Bot, out var message));

        Assert.True(message.IsGroup);
        Assert.Equal("-100300", message.UserId);
    }

    private static Message Private(string text) =>
        new() { Id = 1, From = Alice, Chat = new Chat { Id = Alice.Id, Type = ChatType.Private }, Text = text };

    private static Message Group(string text, MessageEntity[]? entities = null) =>
        new() { Id = 2, From = Alice, Chat = new Chat { Id = -100200, Type = ChatType.Supergroup }, Text = text, Entities = entities };
}
