using Microsoft.Extensions.Configuration;
using MoocBot.Core.Facts;
using MoocBot.Core.Settings;

namespace MoocBot.Ask;

/// <summary>
/// The settings moocbot's <c>ask</c> reads, read the same way: appsettings.json next to the executable, then
/// environment variables (Section__Key). Only the <c>Facts</c> section is used.
/// </summary>
internal static class AskSettings
{
    /// <exception cref="InvalidDataException">appsettings.json is not valid JSON; <see cref="SettingsFile.Describe(InvalidDataException)"/> says where.</exception>
    public static IConfigurationRoot Build() =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile(SettingsFile.FileName, optional: true)
            .AddEnvironmentVariables()
            .Build();

    /// <summary>The "Facts" section, bound by generated code, not by reflection.</summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A value is bad; each failure is one line naming its key.</exception>
    public static FactsOptions ReadFacts(IConfiguration configuration) =>
        FactsOptions.Read(configuration, static (section, options) => section.Bind(options));
}
