using System.Text;
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
        var usable = new List<ReplyButton>(buttons.Count);
        var allShort = true;
        foreach (var button in buttons)
        {
            if (IsUsable(button))
            {
                usable.Add(button);
                allShort &= button.Label.Length <= ShortLabel;
            }
        }

        if (usable.Count == 0)
        {
            return null;
        }

        var perRow = allShort ? ShortLabelsPerRow : 1;
        var rows = new List<List<InlineKeyboardButton>>((usable.Count + perRow - 1) / perRow);
        for (var start = 0; start < usable.Count; start += perRow)
        {
            var row = new List<InlineKeyboardButton>(Math.Min(perRow, usable.Count - start));
            for (var i = start; i < start + perRow && i < usable.Count; i++)
            {
                row.Add(ToButton(usable[i]));
            }

            rows.Add(row);
        }

        return new InlineKeyboardMarkup(rows);
    }

    /// <summary>True when the button can be sent: a label and a command that fits in callback_data.</summary>
    public static bool IsUsable(ReplyButton button)
    {
        ArgumentNullException.ThrowIfNull(button);
        return !button.Label.AsSpan().IsWhiteSpace()
            && button.Command.Length > 0
            && Encoding.UTF8.GetByteCount(button.Command) <= MaxCallbackDataBytes;
    }

    private static InlineKeyboardButton ToButton(ReplyButton button) =>
        InlineKeyboardButton.WithCallbackData(button.Label, button.Command);
}
