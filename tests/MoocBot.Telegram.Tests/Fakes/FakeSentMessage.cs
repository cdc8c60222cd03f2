using System.Text.Json.Nodes;

namespace MoocBot.Telegram.Tests.Fakes;

/// <summary>A message the bot sent, as the fake Bot API accepted it: a text message, or a photo with its caption.</summary>
/// <param name="ChatId">The chat it went to.</param>
/// <param name="MessageId">The id the fake gave it.</param>
/// <param name="Text">The text (a photo's caption, empty for none) as sent (HTML when <paramref name="ParseMode"/> is HTML).</param>
/// <param name="VisibleText">What a user sees: the text after Telegram parsed the markup.</param>
/// <param name="ParseMode">The parse_mode parameter, if any.</param>
public sealed record FakeSentMessage(long ChatId, int MessageId, string Text, string VisibleText, string? ParseMode)
{
    /// <summary>When the fake accepted it, on <see cref="FakeBotApiOptions.TimeProvider"/>.</summary>
    public DateTimeOffset SentAt { get; init; }

    /// <summary>The reply_markup parameter, if any.</summary>
    public JsonNode? ReplyMarkup { get; init; }

    /// <summary>True when link_preview_options.is_disabled (or the old disable_web_page_preview) was set.</summary>
    public bool LinkPreviewDisabled { get; init; }

    /// <summary>reply_parameters.message_id (or reply_to_message_id).</summary>
    public int? ReplyToMessageId { get; init; }

    /// <summary>message_thread_id, for forum topics.</summary>
    public int? MessageThreadId { get; init; }

    /// <summary>The uploaded photo's bytes, for a sendPhoto; null for a text message.</summary>
    public byte[]? Photo { get; init; }

    /// <summary>The uploaded photo's file name, as the multipart part gave it.</summary>
    public string? PhotoFileName { get; init; }

    /// <summary>The inline keyboard's buttons, row by row, as (text, callback_data).</summary>
    public IReadOnlyList<IReadOnlyList<(string Text, string? CallbackData)>> Buttons =>
        ReplyMarkup?["inline_keyboard"] is JsonArray rows
            ? [.. rows.OfType<JsonArray>().Select(row => (IReadOnlyList<(string, string?)>)[.. row.OfType<JsonObject>().Select(b => (FakeJson.AsString(b["text"]) ?? string.Empty, FakeJson.AsString(b["callback_data"])))])]
            : [];
}
