using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace MoocBot.Telegram.Tests.Fakes;

/// <summary>Builds updates as Telegram sends them (snake_case JSON, entities for commands and mentions).</summary>
public sealed partial class FakeUpdates(FakeBotApiOptions options)
{
    private int _nextMessageId = 1000;
    private int _nextQueryId;

    /// <summary>A text message in a private chat with <paramref name="userId"/>, whose app is in <paramref name="languageCode"/> when given.</summary>
    public JsonObject PrivateText(long userId, string text, string? languageCode = null)
    {
        var user = User(userId);
        if (languageCode is not null)
        {
            user["language_code"] = languageCode;
        }

        return new() { ["message"] = Message(Chat(userId, "private"), user, text) };
    }

    /// <summary>A text message in a group (a supergroup unless <paramref name="chatType"/> says "group").</summary>
    public JsonObject GroupText(long chatId, long userId, string text, string chatType = "supergroup") =>
        new() { ["message"] = Message(Chat(chatId, chatType), User(userId), text) };

    /// <summary>A group message replying to one of the bot's messages.</summary>
    public JsonObject ReplyToBot(long chatId, long userId, string text, int botMessageId = 1)
    {
        var chat = Chat(chatId, "supergroup");
        var message = Message(chat, User(userId), text);
        message["reply_to_message"] = new JsonObject
        {
            ["message_id"] = botMessageId,
            ["from"] = BotUser(),
            ["chat"] = chat.DeepClone(),
            ["date"] = Now(),
            ["text"] = "An earlier answer",
        };
        return new JsonObject { ["message"] = message };
    }

    /// <summary>A post in a channel the bot administers.</summary>
    public JsonObject ChannelPost(long chatId, string text)
    {
        var chat = Chat(chatId, "channel");
        var message = Message(chat, from: null, text);
        message["sender_chat"] = chat.DeepClone();
        return new JsonObject { ["channel_post"] = message };
    }

    /// <summary>A press of an inline button with <paramref name="data"/> under bot message <paramref name="messageId"/>.</summary>
    public JsonObject CallbackQuery(long chatId, long userId, string data, int messageId = 1, bool group = false)
    {
        var chat = group ? Chat(chatId, "supergroup") : Chat(chatId, "private");
        return new JsonObject
        {
            ["callback_query"] = new JsonObject
            {
                ["id"] = "cbq-" + Interlocked.Increment(ref _nextQueryId),
                ["from"] = User(userId),
                ["message"] = new JsonObject
                {
                    ["message_id"] = messageId,
                    ["from"] = BotUser(),
                    ["chat"] = chat,
                    ["date"] = Now(),
                    ["text"] = "An earlier answer",
                },
                ["chat_instance"] = "ci-" + chatId,
                ["data"] = data,
            },
        };
    }

    /// <summary>"@Bot query" typed by <paramref name="userId"/> in any chat.</summary>
    public JsonObject InlineQuery(long userId, string query) => new()
    {
        ["inline_query"] = new JsonObject
        {
            ["id"] = "iq-" + Interlocked.Increment(ref _nextQueryId),
            ["from"] = User(userId),
            ["query"] = query,
            ["offset"] = string.Empty,
            ["chat_type"] = "sender",
        },
    };

    /// <summary>The bot's own user object.</summary>
    public JsonObject BotUser() => new()
    {
        ["id"] = options.BotId,
        ["is_bot"] = true,
        ["first_name"] = "MoocBot Test",
        ["username"] = options.BotUserName,
    };

    internal static JsonArray Entities(string text)
    {
        var entities = new JsonArray();
        if (text.StartsWith('/'))
        {
            var end = 1;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            entities.Add(new JsonObject { ["offset"] = 0, ["length"] = end, ["type"] = "bot_command" });
        }

        foreach (Match mention in MentionPattern().Matches(text))
        {
            if (mention.Index > 0 && !char.IsWhiteSpace(text[mention.Index - 1]) && !char.IsPunctuation(text[mention.Index - 1]))
            {
                continue;
            }

            entities.Add(new JsonObject { ["offset"] = mention.Index, ["length"] = mention.Length, ["type"] = "mention" });
        }

        return entities;
    }

    private JsonObject Message(JsonObject chat, JsonObject? from, string text)
    {
        var message = new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _nextMessageId),
            ["chat"] = chat,
            ["date"] = Now(),
            ["text"] = text,
        };
        if (from is not null)
        {
            message["from"] = from;
        }

        var entities = Entities(text);
        if (entities.Count > 0)
        {
            message["entities"] = entities;
        }

        return message;
    }

    private static JsonObject Chat(long id, string type)
    {
        var chat = new JsonObject { ["id"] = id, ["type"] = type };
        if (type == "private")
        {
            chat["first_name"] = "User" + id;
        }
        else
        {
            chat["title"] = "Test " + type + " " + id;
        }

        return chat;
    }

    private static JsonObject User(long id) => new()
    {
        ["id"] = id,
        ["is_bot"] = false,
        ["first_name"] = "User" + id,
        ["language_code"] = "en",
    };

    private long Now() => options.TimeProvider.GetUtcNow().ToUnixTimeSeconds();

    [GeneratedRegex("@[A-Za-z0-9_]{3,32}")]
    private static partial Regex MentionPattern();
}
