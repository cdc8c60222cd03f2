using System.Text.Json;
using Microsoft.Extensions.Configuration;
using MoocBot.Core.Facts;

namespace MoocBot.Ask;

/// <summary>
/// The settings moocbot's <c>ask</c> reads, read the same way: appsettings.json next to the executable, then
/// environment variables (Section__Key). Only the <c>Facts</c> section is used.
/// </summary>
internal static class AskSettings
{
    public const string FileName = "appsettings.json";

    /// <exception cref="InvalidDataException">appsettings.json is not valid JSON; <see cref="Describe"/> says where.</exception>
    public static IConfigurationRoot Build() =>
        new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile(FileName, optional: true)
            .AddEnvironmentVariables()
            .Build();

    /// <summary>The "Facts" section, bound by generated code, not by reflection.</summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">A value is bad; each failure is one line naming its key.</exception>
    public static FactsOptions ReadFacts(IConfiguration configuration) =>
        FactsOptions.Read(configuration, static (section, options) => section.Bind(options));

    /// <summary>One line saying what is wrong with the settings file, with the line and position when the JSON is malformed; never its content.</summary>
    public static string Describe(InvalidDataException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var path = Path.Combine(AppContext.BaseDirectory, FileName);
        for (Exception? inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is JsonException { LineNumber: { } line, BytePositionInLine: { } position })
            {
                return $"The settings file {path} is not valid JSON (line {line + 1}, position {position + 1}): fix it, or remove it to run on the defaults; README.md lists every setting.";
            }
        }

        return $"The settings file {path} cannot be read: {exception.InnerException?.Message ?? exception.Message}";
    }
}
