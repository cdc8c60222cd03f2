using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;

namespace MoocBot.Core.Conversations;

/// <summary>
/// The bot's fixed sentences in English and Chinese, and the Chinese names, descriptions and usage of the commands for
/// /help and the platforms' menus: the table <c>messages.json</c> beside this file, built into the program. A message
/// missing in Chinese falls back to English.
/// </summary>
public static class MessageCatalogue
{
    private const string Resource = "MoocBot.Core.Conversations.messages.json";

    private static readonly Catalogue Loaded = Load();

    private static FrozenDictionary<string, (string English, string Chinese)> Messages => Loaded.Messages;

    private static FrozenDictionary<string, ChineseCommand> ChineseCommands => Loaded.Commands;

    /// <summary>The message <paramref name="key"/> in <paramref name="language"/>, its placeholders filled from <paramref name="args"/>.</summary>
    public static string Get(string key, ChatLanguage language, params object?[] args)
    {
        var (english, chinese) = Messages[key];
        var format = language == ChatLanguage.Chinese && chinese.Length > 0 ? chinese : english;
        return args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
    }

    /// <summary>The command's description in <paramref name="language"/>; its English one when no Chinese one is kept.</summary>
    public static string Describe(ChatCommandInfo command, ChatLanguage language)
    {
        ArgumentNullException.ThrowIfNull(command);
        return language == ChatLanguage.Chinese && ChineseCommands.TryGetValue(command.Name, out var chinese) ? chinese.Description : command.Description;
    }

    /// <summary>The name of the command's argument ("query", in Chinese "查询内容"), or null when it takes none.</summary>
    public static string? ArgumentName(ChatCommandInfo command, ChatLanguage language)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.ArgumentName is null ? null
            : language == ChatLanguage.Chinese && ChineseCommands.TryGetValue(command.Name, out var chinese) && chinese.Argument is { } argument ? argument : command.ArgumentName;
    }

    /// <summary>The command's example ("/fact registered users", in Chinese "/fact 注册用户"), or null when it has none.</summary>
    public static string? Example(ChatCommandInfo command, ChatLanguage language)
    {
        ArgumentNullException.ThrowIfNull(command);
        return command.Example is null ? null
            : language == ChatLanguage.Chinese && ChineseCommands.TryGetValue(command.Name, out var chinese) && chinese.Example is { } example ? example : command.Example;
    }

    /// <summary>The Chinese name and description of a command (or option), or null when none is kept (a platform then shows the English).</summary>
    public static (string Name, string Description)? Chinese(string commandName) =>
        ChineseCommands.TryGetValue(commandName, out var chinese) ? (chinese.Name, chinese.Description) : null;

    /// <summary>Reads the table of <c>messages.json</c>; a missing or misspelt field throws, naming the entry.</summary>
    internal static Catalogue Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var messages = new Dictionary<string, (string English, string Chinese)>(StringComparer.Ordinal);
        foreach (var message in root.GetProperty("messages").EnumerateObject())
        {
            var texts = message.Value;
            if (texts.ValueKind != JsonValueKind.Array || texts.GetArrayLength() != 2 || texts.EnumerateArray().Any(t => t.ValueKind != JsonValueKind.String)
                || texts[0].GetString() is not { Length: > 0 } english || texts[1].GetString() is not { } chinese)
            {
                throw new FormatException($"messages.json: message \"{message.Name}\" must be [English, Chinese], with the English not empty.");
            }

            if (!messages.TryAdd(message.Name, (english, chinese)))
            {
                throw new FormatException($"messages.json: message \"{message.Name}\" is there twice.");
            }
        }

        var commands = new Dictionary<string, ChineseCommand>(StringComparer.OrdinalIgnoreCase);
        foreach (var command in root.GetProperty("commands").EnumerateObject())
        {
            var fields = command.Value;
            string? Field(string name) => fields.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
            if (Field("name") is not { Length: > 0 } name || Field("description") is not { Length: > 0 } description)
            {
                throw new FormatException($"messages.json: command \"{command.Name}\" needs a Chinese name and description.");
            }

            commands[command.Name] = new ChineseCommand(name, description, Field("argument"), Field("example"));
        }

        return new Catalogue(messages.ToFrozenDictionary(StringComparer.Ordinal), commands.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    private static Catalogue Load()
    {
        using var stream = typeof(MessageCatalogue).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The built-in messages ({Resource}) are missing from the assembly.");
        using var reader = new StreamReader(stream);
        return Parse(reader.ReadToEnd());
    }

    internal sealed record Catalogue(FrozenDictionary<string, (string English, string Chinese)> Messages, FrozenDictionary<string, ChineseCommand> Commands);

    /// <summary>A command's Chinese name and description, and the Chinese argument name and example of one that takes an argument.</summary>
    internal sealed record ChineseCommand(string Name, string Description, string? Argument, string? Example);
}
