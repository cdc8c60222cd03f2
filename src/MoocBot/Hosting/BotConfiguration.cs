using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoocBot.Core.Facts;
using MoocBot.Core.Settings;
using MoocBot.Discord;
using MoocBot.Telegram;

namespace MoocBot.Hosting;

/// <summary>Reads appsettings.json next to the executable, then environment variables (Section__Key).</summary>
internal static class BotConfiguration
{
    /// <exception cref="InvalidDataException">appsettings.json is not valid JSON; <see cref="SettingsFile.Describe(InvalidDataException)"/> says where.</exception>
    public static IConfigurationRoot Build(string[] args) =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile(SettingsFile.FileName, optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();

    /// <summary>The "Facts" section, read before a host exists; bound by generated code, not by reflection.</summary>
    /// <exception cref="OptionsValidationException">A value is bad; each failure is one line naming its key.</exception>
    public static FactsOptions ReadFacts(IConfiguration configuration) =>
        FactsOptions.Read(configuration, static (section, options) => section.Bind(options));

    /// <summary>
    /// Telegram is on when its token is set, or when a setting only Telegram uses is (a webhook, or a mode other than
    /// Polling): then a missing or malformed token stops the bot with a message instead of Telegram being skipped.
    /// </summary>
    public static bool TelegramConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Telegram:BotToken"])
        || !string.IsNullOrWhiteSpace(configuration["Telegram:WebhookUrl"])
        || !string.IsNullOrWhiteSpace(configuration["Telegram:WebhookSecret"])
        || (!string.IsNullOrWhiteSpace(configuration["Telegram:Mode"]) && !string.Equals(configuration["Telegram:Mode"], nameof(TelegramMode.Polling), StringComparison.OrdinalIgnoreCase));

    public static bool TelegramWebhook(IConfiguration configuration) =>
        TelegramConfigured(configuration) && string.Equals(configuration["Telegram:Mode"], "Webhook", StringComparison.OrdinalIgnoreCase);

    public static bool DiscordConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Discord:ApplicationId"])
        || !string.IsNullOrWhiteSpace(configuration["Discord:PublicKey"])
        || !string.IsNullOrWhiteSpace(configuration["Discord:BotToken"]);

    /// <summary>
    /// Checks the values of the sections the running bot reads while it is being composed (a platform that is off
    /// included, so a typo there is caught before it is turned on) and the log levels, which no options class holds.
    /// The other sections are checked by their areas' validators.
    /// </summary>
    /// <exception cref="OptionsValidationException">One failure per bad value.</exception>
    public static void ThrowOnBadValues(IConfiguration configuration)
    {
        var problems = new List<string>();
        problems.AddRange(SettingValues.Check(configuration.GetSection(TelegramOptions.SectionName), typeof(TelegramOptions)));
        problems.AddRange(SettingValues.Check(configuration.GetSection(DiscordOptions.SectionName), typeof(DiscordOptions)));
        problems.AddRange(SettingValues.Check(configuration.GetSection(OpenTelemetryOptions.SectionName), typeof(OpenTelemetryOptions)));
        foreach (var level in configuration.GetSection("Logging:LogLevel").GetChildren())
        {
            if (level.Value is { } value && SettingValues.CheckValue(level.Path, value, typeof(LogLevel)) is { } problem)
            {
                problems.Add(problem);
            }
        }

        if (problems.Count > 0)
        {
            throw new OptionsValidationException(Options.DefaultName, typeof(BotConfiguration), problems);
        }
    }
}
