using System.Text.Json.Serialization;
using MoocBot.Core.Conversations;

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

    /// <summary>The files uploaded with the message, by their multipart part: files[id].</summary>
    public IReadOnlyList<MessageAttachment>? Attachments { get; init; }

    /// <summary>The picture to upload as files[0]; a message with one goes as multipart/form-data, not JSON.</summary>
    [JsonIgnore]
    public ReplyImage? Upload { get; init; }
}
