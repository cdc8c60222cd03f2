namespace MoocBot.Core.Conversations;

/// <summary>A picture sent with a reply (a chart): Telegram sends it as a photo, Discord as an attachment, the console as a file.</summary>
/// <param name="Png">The bytes of a PNG file.</param>
/// <param name="FileName">The attachment's name, e.g. "national.moocs.png": letters, digits, '.', '-' and '_' only.</param>
/// <param name="AltText">The picture in words, for people who cannot see it.</param>
public sealed record ReplyImage(ReadOnlyMemory<byte> Png, string FileName, string AltText);
