namespace MoocBot.Discord.Models;

/// <summary>A slash command as sent to and returned by Discord; fields Discord adds (id, version, ...) are ignored.</summary>
internal sealed record ApplicationCommand
{
    public int? Type { get; init; } = 1;

    public required string Name { get; init; }

    public required string Description { get; init; }

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
}
