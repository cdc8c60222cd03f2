using System.Text.Json;
using MoocBot.Telegram.Receiving;
using MoocBot.Telegram.Sending;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace MoocBot.Telegram.Tests;

public sealed class TelegramJsonTests
{
    [Fact]
    public void Configure_BotApiDocuments_AreWrittenAndReadByGeneratedCodeAlone()
    {
        var options = new JsonSerializerOptions();
        JsonBotAPI.Configure(options);
        TelegramJson.Configure(options);

        var poll = JsonSerializer.Serialize(new RawGetUpdatesRequest { Offset = 7, Limit = 100, Timeout = 50, AllowedUpdates = [UpdateType.Message] }, options);
        var send = JsonSerializer.Serialize(new SendMessageRequest { ChatId = 42, Text = "<b>97,000</b>", ParseMode = ParseMode.Html }, options);
        var answer = JsonSerializer.Deserialize<ApiResponse<JsonElement[]>>("""{"ok":true,"result":[{"update_id":8}]}""", options);
        var sent = JsonSerializer.Deserialize<ApiResponse<Message>>("""{"ok":true,"result":{"message_id":3,"date":1,"chat":{"id":42,"type":"private"},"text":"97,000"}}""", options);

        // What Telegram.Bot's reflection-based default wrote, byte for byte.
        var reflection = new JsonSerializerOptions();
        JsonBotAPI.Configure(reflection);
        reflection.TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver();
        Assert.Equal("""{"offset":7,"limit":100,"timeout":50,"allowed_updates":["message"]}""", poll);
        Assert.Equal(JsonSerializer.Serialize(new SendMessageRequest { ChatId = 42, Text = "<b>97,000</b>", ParseMode = ParseMode.Html }, reflection), send);
        Assert.Contains("\"chat_id\":42", send, StringComparison.Ordinal);
        Assert.Equal(8, answer!.Result![0].GetProperty("update_id").GetInt32());
        Assert.Equal("97,000", sent!.Result!.Text);

        // No reflection behind them: a type neither context names is refused rather than read by reflection.
        Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(new Version(1, 2), options));
    }

    [Fact]
    public void Configure_SendMessageAnswer_IsReadForItsMessageIdAlone()
    {
        var options = new JsonSerializerOptions();
        JsonBotAPI.Configure(options);
        TelegramJson.Configure(options);

        // The whole Message Telegram answers, keyboard and entities included, of which only the id is kept.
        var answer = JsonSerializer.Deserialize<ApiResponse<SentMessage>>(
            """
            {"ok":true,"result":{"message_id":4711,"from":{"id":1,"is_bot":true,"first_name":"MoocBot","username":"MoocTestBot"},
            "chat":{"id":-100,"type":"supergroup","title":"Group"},"date":1,"text":"97,000 \u2014 MOOCs","entities":[{"offset":0,"length":6,"type":"bold"}],
            "reply_markup":{"inline_keyboard":[[{"text":"Source","callback_data":"/source moocs"}]]}}}
            """,
            options);

        Assert.True(answer!.Ok);
        Assert.Equal(4711, answer.Result!.MessageId);
    }
}
