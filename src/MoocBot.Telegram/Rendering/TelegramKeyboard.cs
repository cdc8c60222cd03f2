using System.Text;
using System.Text.Json;
using MoocBot.Core.Conversations;
using Telegram.Bot.Types.ReplyMarkups;

namespace MoocBot.Telegram.Rendering;

/// <summary>Turns reply buttons into an inline keyboard whose callback data is the button's command line.</summary>
internal static class TelegramKeyboard
{
    /// <summary>Telegram's limit for callback_data, in bytes of UTF-8.</summary>
    public const int MaxCallbackDataBytes = 64;

    private const int ShortLabel = 14;
    private const int ShortLabelsPerRow = 3;

    /// <summary>The keyboard, or null when no button fits; short labels share a row, long ones get their own.</summary>
    public static InlineKeyboardMarkup? Build(IReadOnlyList<ReplyButton> buttons)
    {
        ArgumentNullException.ThrowIfNull(buttons);
        var perRow = PerRow(buttons);
        if (perRow == 0)
        {
            return null;
        }

        var rows = new List<List<InlineKeyboardButton>>();
        List<InlineKeyboardButton>? row = null;
        for (var i = 0; i < buttons.Count; i++)
        {
            if (IsUsable(buttons[i]))
            {
                if (row is null || row.Count == perRow)
                {
                    row = new List<InlineKeyboardButton>(perRow);
                    rows.Add(row);
                }

                row.Add(InlineKeyboardButton.WithCallbackData(buttons[i].Label, buttons[i].Command));
            }
        }

        return new InlineKeyboardMarkup(rows);
    }

    /// <summary>
    /// The same keyboard as <see cref="Build"/> written as a request's "reply_markup" property, or nothing when no button
    /// fits; for a request written straight into JSON.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<ReplyButton> buttons)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(buttons);
        var perRow = PerRow(buttons);
        if (perRow == 0)
        {
            return;
        }

        writer.WriteStartObject("reply_markup");
        writer.WriteStartArray("inline_keyboard");
        var inRow = 0;
        for (var i = 0; i < buttons.Count; i++)
        {
            if (!IsUsable(buttons[i]))
            {
                continue;
            }

            if (inRow == perRow)
            {
                writer.WriteEndArray();
                inRow = 0;
            }

            if (inRow == 0)
            {
                writer.WriteStartArray();
            }

            writer.WriteStartObject();
            writer.WriteString("text", buttons[i].Label);
            writer.WriteString("callback_data", buttons[i].Command);
            writer.WriteEndObject();
            inRow++;
        }

        writer.WriteEndArray();
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>True when the button can be sent: a label and a command that fits in callback_data.</summary>
    public static bool IsUsable(ReplyButton button)
    {
        ArgumentNullException.ThrowIfNull(button);
        return !button.Label.AsSpan().IsWhiteSpace()
            && button.Command.Length > 0
            && Encoding.UTF8.GetByteCount(button.Command) <= MaxCallbackDataBytes;
    }

    /// <summary>How many buttons share a row: three when every usable label is short, else one; 0 when none is usable.</summary>
    private static int PerRow(IReadOnlyList<ReplyButton> buttons)
    {
        var usable = 0;
        var allShort = true;
        for (var i = 0; i < buttons.Count; i++)
        {
            if (IsUsable(buttons[i]))
            {
                usable++;
                allShort &= buttons[i].Label.Length <= ShortLabel;
            }
        }

        return usable == 0 ? 0 : allShort ? ShortLabelsPerRow : 1;
    }
}
