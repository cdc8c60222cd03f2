namespace MoocBot.Discord.Models;

internal sealed record ApplicationCommandOption
{
    public required ApplicationCommandOptionType Type { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>The name by Discord locale ("zh-CN"); Discord still sends the default name in interactions.</summary>
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    /// <summary>The description by Discord locale ("zh-CN").</summary>
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    public bool? Required { get; init; }

    public bool? Autocomplete { get; init; }

    public int? MaxLength { get; init; }

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
}
