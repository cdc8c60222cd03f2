namespace MoocBot.Discord.Models;

/// <summary>The body of a message: POST /channels/{id}/messages, or an edit of an interaction's response.</summary>
internal sealed record DiscordMessagePayload
{
    public string? Content { get; init; }

    public IReadOnlyList<DiscordEmbed>? Embeds { get; init; }

    /// <summary>Always present and empty, so no text from a fact or a user can ping anyone.</summary>
    public AllowedMentions AllowedMentions { get; init; } = AllowedMentions.None;

    public int? Flags { get; init; }

    public IReadOnlyList<MessageComponent>? Components { get; init; }

    public MessageReference? MessageReference { get; init; }
}
