using System.Globalization;

namespace MoocBot.Telegram.Tests;

public sealed class TelegramOptionsTests
{
    private const string GoodToken = "123456789:AAFakeTokenForMoocBotTestsOnly_000";

    [Fact]
    public void Validate_GoodPollingSettings_NoErrors()
    {
        Assert.Empty(Errors(new TelegramOptions { BotToken = GoodToken }));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Validate_MissingToken_NamesTheSettingAndVariable(string? token)
    {
        var error = Assert.Single(Errors(new TelegramOptions { BotToken = token }));

        Assert.Contains("Telegram:BotToken is missing", error, StringComparison.Ordinal);
        Assert.Contains("Telegram__BotToken", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not-a-token-at-all-but-rather-long-1234567890")]
    [InlineData("123456789:short")]
    [InlineData("abc:AAFakeTokenForMoocBotTestsOnly_000")]
    [InlineData("123456789:AAFakeTokenForMoocBotTestsOnly_000 ")]
    [InlineData("123456789:AAFakeTokenForMoocBot$TestsOnly_0000")]
    public void Validate_MalformedToken_SaysSoWithoutEchoingIt(string token)
    {
        var error = Assert.Single(Errors(new TelegramOptions { BotToken = token }));

        Assert.Contains("Telegram:BotToken is malformed", error, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Trim(), error, StringComparison.Ordinal);
        Assert.DoesNotContain(token.Split(':').Last().Trim(), error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_WebhookWithoutUrlOrSecret_NamesBothSettings()
    {
        var errors = Errors(new TelegramOptions { BotToken = GoodToken, Mode = TelegramMode.Webhook });

        Assert.Equal(2, errors.Count);
        Assert.Contains(errors, e => e.Contains("Telegram:WebhookUrl must", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Contains("Telegram:WebhookSecret must", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("http://moocbot.example.org/telegram/webhook", "secret")]
    [InlineData("https://moocbot.example.org/telegram/webhook", "has spaces")]
    [InlineData("https://moocbot.example.org/telegram/webhook", "semi;colon")]
    public void Validate_BadWebhookSettings_AreRejected(string url, string secret)
    {
        var errors = Errors(new TelegramOptions { BotToken = GoodToken, Mode = TelegramMode.Webhook, WebhookUrl = url, WebhookSecret = secret });

        var error = Assert.Single(errors);
        Assert.DoesNotContain(secret, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_GoodWebhookSettings_NoErrors()
    {
        var options = new TelegramOptions
        {
            BotToken = GoodToken,
            Mode = TelegramMode.Webhook,
            WebhookUrl = "https://moocbot.example.org/telegram/webhook",
            WebhookSecret = new string('a', 200) + "_-09AZ",
        };

        Assert.Empty(Errors(options));
    }

    [Theory]
    [InlineData("ftp://api.telegram.org")]
    [InlineData("api.telegram.org")]
    public void Validate_ApiBaseUrlNotHttp_IsRejected(string url)
    {
        var error = Assert.Single(Errors(new TelegramOptions { BotToken = GoodToken, ApiBaseUrl = url }));

        Assert.Contains("Telegram:ApiBaseUrl must", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MaxConcurrentUpdatesOutOfRange_IsRejected()
    {
        var result = new TelegramOptionsValidator().Validate(null, new TelegramOptions { BotToken = GoodToken, MaxConcurrentUpdates = 0 });

        Assert.True(result.Failed);
        Assert.Contains("MaxConcurrentUpdates", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("00:00:00", "00:00:10", "SendTimeout")]
    [InlineData("00:05:00", "00:00:10", "SendTimeout")]
    [InlineData("00:00:05", "00:00:00", "PollTimeoutMargin")]
    public void Validate_TimeoutsOutOfRange_AreRejectedNamingTheSettingAndItsRange(string sendTimeout, string pollMargin, string expected)
    {
        var options = new TelegramOptions { BotToken = GoodToken, SendTimeout = TimeSpan.Parse(sendTimeout, CultureInfo.InvariantCulture), PollTimeoutMargin = TimeSpan.Parse(pollMargin, CultureInfo.InvariantCulture) };

        var error = Assert.Single(Errors(options));
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains("between 00:00:01 and 00:01:00", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_SendTimeoutFiveSecondsPollMarginTen()
    {
        var options = new TelegramOptions { BotToken = GoodToken };

        Assert.Equal((TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10)), (options.SendTimeout, options.PollTimeoutMargin));
        Assert.Empty(Errors(options));
    }

    private static List<string> Errors(TelegramOptions options)
    {
        var result = new TelegramOptionsValidator().Validate(null, options);
        return result.Failed ? [.. result.Failures!] : [];
    }
}
