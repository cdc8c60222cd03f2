namespace MoocBot.Discord.Models;

/// <summary>A file uploaded with a message: <see cref="Id"/> n is the multipart part files[n].</summary>
internal sealed record MessageAttachment(int Id, string Filename, string? Description = null);
