namespace MoocBot.Discord.Models;

internal sealed record EmbedField(string Name, string Value, bool? Inline = null);
