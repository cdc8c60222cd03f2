namespace MoocBot.Discord.Models;

internal sealed record EmbedFooter(string Text);
