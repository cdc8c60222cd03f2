namespace MoocBot.Discord.Models;

internal sealed record InteractionCallbackData
{
    public string? Content { get; init; }

    public IReadOnlyList<DiscordEmbed>? Embeds { get; init; }

    public AllowedMentions? AllowedMentions { get; init; }

    public int? Flags { get; init; }

    public IReadOnlyList<MessageComponent>? Components { get; init; }

    public IReadOnlyList<AutocompleteChoice>? Choices { get; init; }

    public static InteractionCallbackData From(DiscordMessagePayload message) => new()
    {
        Content = message.Content,
        Embeds = message.Embeds,
        AllowedMentions = message.AllowedMentions,
        Flags = message.Flags,
        Components = message.Components,
    };
}
