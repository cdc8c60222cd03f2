namespace MoocBot.Discord.Tests.Fakes;

/// <summary>A file part of a multipart/form-data request, as the fake REST server received it.</summary>
/// <param name="Name">The part's name: "files[0]".</param>
/// <param name="FileName">The file name the part gave.</param>
/// <param name="ContentType">The part's Content-Type.</param>
/// <param name="Content">The file's bytes.</param>
internal sealed record RecordedFile(string Name, string FileName, string? ContentType, byte[] Content);
