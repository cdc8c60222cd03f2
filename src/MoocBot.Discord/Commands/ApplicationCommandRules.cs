using System.Text;
using System.Text.RegularExpressions;
using MoocBot.Discord.Models;

namespace MoocBot.Discord.Commands;

/// <summary>Discord's rules for slash commands, checked before registering so a bad declaration fails here with a clear message.</summary>
internal static partial class ApplicationCommandRules
{
    public const int MaxCommands = 100;
    public const int MaxOptions = 25;
    public const int MaxDescription = 100;
    public const int MaxCombinedLength = 4000;
    public const int MaxStringOptionLength = 6000;

    /// <summary>The problems found, empty when the commands can be registered.</summary>
    public static IReadOnlyList<string> Validate(IReadOnlyList<ApplicationCommand> commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var problems = new List<string>();
        if (commands.Count > MaxCommands)
        {
            problems.Add($"{commands.Count} commands; Discord allows {MaxCommands}.");
        }

        foreach (var duplicate in commands.GroupBy(c => c.Name, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"/{duplicate.Key} is declared {duplicate.Count()} times.");
        }

        foreach (var command in commands)
        {
            var where = "/" + command.Name;
            CheckName(command.Name, where, problems);
            CheckDescription(command.Description, where, problems);
            CheckLocalizations(command.NameLocalizations, command.DescriptionLocalizations, where, problems);
            CheckOptions(command.Options ?? [], where, problems);
            var combined = CombinedLength(command);
            if (combined > MaxCombinedLength)
            {
                problems.Add($"{where}: {combined} characters of names and descriptions; Discord allows {MaxCombinedLength}.");
            }
        }

        return problems;
    }

    /// <summary>
    /// True when Discord already has exactly these commands (in any order), comparing only what is declared:
    /// Discord adds ids and versions and leaves out false flags.
    /// </summary>
    public static bool AreSame(IReadOnlyList<ApplicationCommand> declared, IReadOnlyList<ApplicationCommand> existing)
    {
        ArgumentNullException.ThrowIfNull(declared);
        ArgumentNullException.ThrowIfNull(existing);
        static List<string> Canonical(IEnumerable<ApplicationCommand> commands) =>
            [.. commands.Select(CanonicalText).Order(StringComparer.Ordinal)];
        return Canonical(declared).SequenceEqual(Canonical(existing), StringComparer.Ordinal);
    }

    private static void CheckOptions(IReadOnlyList<ApplicationCommandOption> options, string where, List<string> problems)
    {
        if (options.Count > MaxOptions)
        {
            problems.Add($"{where}: {options.Count} options; Discord allows {MaxOptions}.");
        }

        var seenOptional = false;
        foreach (var option in options)
        {
            var optionWhere = where + " " + option.Name;
            CheckName(option.Name, optionWhere, problems);
            CheckDescription(option.Description, optionWhere, problems);
            CheckLocalizations(option.NameLocalizations, option.DescriptionLocalizations, optionWhere, problems);
            if (option.Required == true && seenOptional)
            {
                problems.Add($"{optionWhere}: required options must come before optional ones.");
            }

            seenOptional |= option.Required != true;
            if (option.MaxLength is < 1 or > MaxStringOptionLength)
            {
                problems.Add($"{optionWhere}: max_length must be 1 to {MaxStringOptionLength}.");
            }

            if (option.Autocomplete == true && option.Type is not (ApplicationCommandOptionType.String or ApplicationCommandOptionType.Integer))
            {
                problems.Add($"{optionWhere}: only string and number options can autocomplete.");
            }

            CheckOptions(option.Options ?? [], optionWhere, problems);
        }
    }

    private static void CheckName(string name, string where, List<string> problems)
    {
        if (!NamePattern().IsMatch(name))
        {
            problems.Add($"{where}: a name must be 1-32 letters, digits, '-' or '_'.");
        }
        else if (name.Any(char.IsUpper))
        {
            problems.Add($"{where}: a name must be lower case.");
        }
    }

    private static void CheckLocalizations(IReadOnlyDictionary<string, string>? names, IReadOnlyDictionary<string, string>? descriptions, string where, List<string> problems)
    {
        foreach (var (locale, name) in names ?? new Dictionary<string, string>())
        {
            CheckName(name, where + " (" + locale + ")", problems);
        }

        foreach (var (locale, description) in descriptions ?? new Dictionary<string, string>())
        {
            CheckDescription(description, where + " (" + locale + ")", problems);
        }
    }

    private static void CheckDescription(string description, string where, List<string> problems)
    {
        if (description.Length is < 1 or > MaxDescription)
        {
            problems.Add($"{where}: a description must be 1-{MaxDescription} characters (it has {description.Length}).");
        }
    }

    private static int CombinedLength(ApplicationCommand command) =>
        command.Name.Length + command.Description.Length + (command.Options ?? []).Sum(CombinedLength);

    private static int CombinedLength(ApplicationCommandOption option) =>
        option.Name.Length + option.Description.Length + (option.Options ?? []).Sum(CombinedLength);

    private static string CanonicalText(ApplicationCommand command)
    {
        var builder = new StringBuilder();
        builder.Append(command.Type ?? 1).Append('\u001f').Append(command.Name).Append('\u001f').Append(command.Description);
        AppendLocalizations(builder, command.NameLocalizations, command.DescriptionLocalizations);
        AppendOptions(builder, command.Options);
        return builder.ToString();
    }

    private static void AppendLocalizations(StringBuilder builder, IReadOnlyDictionary<string, string>? names, IReadOnlyDictionary<string, string>? descriptions)
    {
        foreach (var localized in new[] { names, descriptions })
        {
            builder.Append('\u001f');
            foreach (var (locale, text) in (localized ?? new Dictionary<string, string>()).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                builder.Append(locale).Append('=').Append(text).Append(';');
            }
        }
    }

    private static void AppendOptions(StringBuilder builder, IReadOnlyList<ApplicationCommandOption>? options)
    {
        builder.Append('[');
        foreach (var option in options ?? [])
        {
            builder.Append('{')
                .Append((int)option.Type).Append('\u001f')
                .Append(option.Name).Append('\u001f')
                .Append(option.Description).Append('\u001f')
                .Append(option.Required ?? false).Append('\u001f')
                .Append(option.Autocomplete ?? false).Append('\u001f')
                .Append(option.MaxLength);
            AppendLocalizations(builder, option.NameLocalizations, option.DescriptionLocalizations);
            AppendOptions(builder, option.Options);
            builder.Append('}');
        }

        builder.Append(']');
    }

    [GeneratedRegex(@"^[-_\p{L}\p{N}]{1,32}$")]
    private static partial Regex NamePattern();
}
