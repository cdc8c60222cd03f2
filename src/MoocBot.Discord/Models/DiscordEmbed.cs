namespace MoocBot.Discord.Models;

internal sealed record DiscordEmbed
{
    public string? Title { get; init; }

    public string? Description { get; init; }

    public Uri? Url { get; init; }

    public int? Color { get; init; }

    public IReadOnlyList<EmbedField>? Fields { get; init; }

    public EmbedFooter? Footer { get; init; }

    public EmbedImage? Image { get; init; }
}
