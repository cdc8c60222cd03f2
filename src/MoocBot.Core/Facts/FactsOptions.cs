using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using MoocBot.Core.Settings;

namespace MoocBot.Core.Facts;

/// <summary>Where the fact repository is, and whether and how often the running bot looks for changes to it (configuration section "Facts").</summary>
public sealed class FactsOptions
{
    public const string SectionName = "Facts";

    /// <summary>The facts file; a relative path is looked up in the current folder, then next to the executable.</summary>
    [Required(ErrorMessage = "Facts:Path (environment variable Facts__Path) is empty: name the facts file, e.g. data/facts.json.")]
    public string Path { get; set; } = "data/facts.json";

    /// <summary>Reload the facts file and its articles when they change, and publish the new version.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>How often the files are read; a change is loaded once it has held still for one interval.</summary>
    [TimeSpanRange("00:00:00.010", "01:00:00", ErrorMessage = "Facts:WatchInterval (Facts__WatchInterval) must be between 00:00:00.010 and 01:00:00, e.g. 00:00:02.")]
    public TimeSpan WatchInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>
    /// The section read and checked before a host exists (the repository is loaded before the bot is composed); the
    /// host binds the same section again through <c>AddMoocBotCore</c>.
    /// </summary>
    /// <exception cref="OptionsValidationException">A value is bad; each failure is one line naming its key.</exception>
    /// <param name="configuration">The settings.</param>
    /// <param name="bind">Binds a section without bad values instead of the reflection-based binder (see <see cref="SettingValues.Read"/>).</param>
    public static FactsOptions Read(IConfiguration configuration, Action<IConfigurationSection, FactsOptions>? bind = null) =>
        SettingValues.Read<FactsOptions, FactsOptionsValidator>(configuration, SectionName, bind);

    public string ResolvePath()
    {
        if (System.IO.Path.IsPathRooted(Path))
        {
            return Path;
        }

        var fromCurrent = System.IO.Path.GetFullPath(Path);
        return File.Exists(fromCurrent) ? fromCurrent : System.IO.Path.Combine(AppContext.BaseDirectory, Path);
    }
}
