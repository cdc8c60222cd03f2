using System.Text;
using MoocBot.Core.Conversations;
using MoocBot.Telegram.Rendering;
using Telegram.Bot.Types.ReplyMarkups;

namespace MoocBot.Telegram.Tests.Rendering;

public sealed class TelegramKeyboardTests
{
    [Fact]
    public void Build_ShortLabels_ShareRowsOfThree()
    {
        var keyboard = TelegramKeyboard.Build([new("Source", "/source a"), new("Related", "/related a"), new("Subscribe", "/subscribe"), new("More", "/more")])!;

        Assert.Equal([3, 1], keyboard.InlineKeyboard.Select(row => row.Count()));
        Assert.Equal("/source a", keyboard.InlineKeyboard.First().First().CallbackData);
    }

    [Fact]
    public void Build_LongLabels_OnePerRow()
    {
        var keyboard = TelegramKeyboard.Build([new("Registered users of China's MOOCs", "/fact a"), new("Learners", "/fact b")])!;

        Assert.Equal([1, 1], keyboard.InlineKeyboard.Select(row => row.Count()));
    }

    [Fact]
    public void Build_CommandOver64Bytes_IsLeftOut()
    {
        var tooLong = "/fact " + new string('é', 30);

        var keyboard = TelegramKeyboard.Build([new("Too long", tooLong), new("Fine", "/fact national.moocs")])!;

        var button = Assert.Single(keyboard.InlineKeyboard.SelectMany(row => row));
        Assert.Equal("Fine", button.Text);
        Assert.True(Encoding.UTF8.GetByteCount(tooLong) > TelegramKeyboard.MaxCallbackDataBytes);
    }

    [Fact]
    public void Build_EveryButtonTheComposerMakes_FitsCallbackData()
    {
        var composer = new ReplyComposer(TestData.Repository);
        var buttons = TestData.Repository.Facts
            .SelectMany(f => composer.ComposeFact(f).Buttons.Concat(composer.ComposeQuote(f).Buttons))
            .ToList();

        Assert.All(buttons, b => Assert.True(TelegramKeyboard.IsUsable(b), b.Command));
        Assert.Equal(buttons.Count, TelegramKeyboard.Build(buttons)!.InlineKeyboard.Sum(row => row.Count()));
    }

    [Fact]
    public void Build_NoButtons_NoKeyboard()
    {
        InlineKeyboardMarkup? keyboard = TelegramKeyboard.Build([]);

        Assert.Null(keyboard);
    }
}
