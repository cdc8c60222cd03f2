using System.Text.Json;
using Microsoft.Extensions.Options;

namespace MoocBot.Core.Settings;

/// <summary>The settings file both executables read next to themselves (moocbot and moocbot-ask), and how a bad file or value is reported.</summary>
public static class SettingsFile
{
    /// <summary>The file's name, in the executable's folder.</summary>
    public const string FileName = "appsettings.json";

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

    /// <summary>
    /// One line per bad setting, "Invalid setting: " and the failure, which names the key and what is allowed; never a
    /// value that could be a secret.
    /// </summary>
    public static string Describe(OptionsValidationException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return string.Join(Environment.NewLine, exception.Failures.Select(failure => "Invalid setting: " + failure));
    }
}
