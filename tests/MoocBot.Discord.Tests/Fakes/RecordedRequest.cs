using System.Text.Json;

namespace MoocBot.Discord.Tests.Fakes;

/// <summary>One request the fake REST server received, and the status it answered; for multipart/form-data, <see cref="Body"/> is payload_json.</summary>
internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At)
{
    public int Status { get; set; }

    /// <summary>The file parts of a multipart/form-data request (uploads), in order.</summary>
    public IReadOnlyList<RecordedFile> Files { get; init; } = [];

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
