namespace MoocBot.Discord.Models;

/// <summary>Makes a message a reply to another; it still goes out if that message was deleted.</summary>
internal sealed record MessageReference(string MessageId, bool FailIfNotExists = false);
