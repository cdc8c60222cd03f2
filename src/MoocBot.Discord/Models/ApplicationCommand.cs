namespace MoocBot.Discord.Models;

/// <summary>A slash command as sent to and returned by Discord; fields Discord adds (id, version, ...) are ignored.</summary>
internal sealed record ApplicationCommand
{
    public int? Type { get; init; } = 1;

    public required string Name { get; init; }

    public required string Description { get; init; }

    /// <summary>The name by Discord locale ("zh-CN"); Discord still sends the default name in interactions.</summary>
    public IReadOnlyDictionary<string, string>? NameLocalizations { get; init; }

    /// <summary>The description by Discord locale ("zh-CN").</summary>
    public IReadOnlyDictionary<string, string>? DescriptionLocalizations { get; init; }

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
}
