using System.Reflection;
using System.Xml.Linq;
using Microsoft.Extensions.Configuration;

namespace MoocBot.Tests.Deploy;

/// <summary>The files under deploy/, and what they must agree with: the bot's project and its configuration keys.</summary>
internal static class DeployFiles
{
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string Folder => Path.Combine(RepositoryRoot, "deploy");

    /// <summary>The executable's assembly name, as its project file sets it.</summary>
    public static string AssemblyName { get; } =
        XDocument.Load(Path.Combine(RepositoryRoot, "src", "MoocBot", "MoocBot.csproj")).Descendants("AssemblyName").Single().Value;

    // Every options class the bot binds, found by its SectionName constant.
    private static readonly (string Section, Type Type)[] Options =
    [
        .. new[] { typeof(MoocBot.Hosting.BotHost), typeof(MoocBot.Core.Notices.NoticesOptions), typeof(MoocBot.Storage.StorageOptions), typeof(MoocBot.Telegram.TelegramOptions), typeof(MoocBot.Discord.DiscordOptions) }
            .Select(t => t.Assembly)
            .SelectMany(a => a.GetTypes())
            .Select(t => (Field: t.GetField("SectionName", BindingFlags.Public | BindingFlags.Static), Type: t))
            .Where(x => x.Field is { IsLiteral: true } && x.Type.Name.EndsWith("Options", StringComparison.Ordinal))
            .Select(x => ((string)x.Field!.GetRawConstantValue()!, x.Type)),
    ];

    public static string Read(string name) => File.ReadAllText(Path.Combine(Folder, name));

    /// <summary>
    /// True when the environment variable <paramref name="key"/> (Section__Key) is a setting of one of the bot's options classes
    /// and <paramref name="value"/> binds to it; "Urls" is the host's own HTTP address setting.
    /// </summary>
    public static bool IsBotSetting(string key, string value)
    {
        var path = key.Replace("__", ":", StringComparison.Ordinal);
        if (string.Equals(path, "Urls", StringComparison.OrdinalIgnoreCase))
        {
            return Uri.TryCreate(value.Replace("+", "localhost", StringComparison.Ordinal), UriKind.Absolute, out _);
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new(path, value)]).Build();
        return Options
            .Where(o => path.StartsWith(o.Section + ":", StringComparison.OrdinalIgnoreCase))
            .Any(o => Binds(configuration.GetSection(o.Section), o.Type));
    }

    /// <summary>The value a ${NAME}, ${NAME:-default} or ${NAME:?message} interpolation stands for in these checks.</summary>
    public static string Interpolate(string value) =>
        System.Text.RegularExpressions.Regex.Replace(value, @"\$\{(?<name>[A-Z0-9_]+)(?::?[-?](?<rest>[^}]*))?\}", m => "value-of-" + m.Groups["name"].Value.ToLowerInvariant());

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MoocBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MoocBot.sln not found above " + AppContext.BaseDirectory);
    }

    private static bool Binds(IConfigurationSection section, Type type)
    {
        try
        {
            section.Get(type, o => o.ErrorOnUnknownConfiguration = true);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
