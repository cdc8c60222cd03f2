using Microsoft.Extensions.Configuration;

namespace MoocBot.Hosting;

/// <summary>Reads appsettings.json next to the executable, then environment variables (Section__Key).</summary>
internal static class BotConfiguration
{
    public static IConfigurationRoot Build(string[] args) =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args)
            .Build();

    public static FactsOptions Facts(IConfiguration configuration)
    {
        var options = new FactsOptions();
        configuration.GetSection(FactsOptions.SectionName).Bind(options);
        return options;
    }

    public static bool TelegramConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Telegram:BotToken"]);

    public static bool TelegramWebhook(IConfiguration configuration) =>
        TelegramConfigured(configuration) && string.Equals(configuration["Telegram:Mode"], "Webhook", StringComparison.OrdinalIgnoreCase);

    public static bool DiscordConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["Discord:ApplicationId"])
        || !string.IsNullOrWhiteSpace(configuration["Discord:PublicKey"])
        || !string.IsNullOrWhiteSpace(configuration["Discord:BotToken"]);
}
