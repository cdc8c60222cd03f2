namespace MoocBot.Discord.Models;

/// <summary>An embed's image; "attachment://&lt;file name&gt;" shows a file uploaded with the same message.</summary>
internal sealed record EmbedImage(string Url);
