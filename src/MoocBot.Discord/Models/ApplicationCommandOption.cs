namespace MoocBot.Discord.Models;

internal sealed record ApplicationCommandOption
{
    public required ApplicationCommandOptionType Type { get; init; }

    public required string Name { get; init; }

    public required string Description { get; init; }

    public bool? Required { get; init; }

    public bool? Autocomplete { get; init; }

    public int? MaxLength { get; init; }

    public IReadOnlyList<ApplicationCommandOption>? Options { get; init; }
}
