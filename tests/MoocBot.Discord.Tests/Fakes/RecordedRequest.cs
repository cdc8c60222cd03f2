using System.Text.Json;

namespace MoocBot.Discord.Tests.Fakes;

/// <summary>One request the fake REST server received, and the status it answered.</summary>
internal sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, string Body, DateTimeOffset At)
{
    public int Status { get; set; }

    public JsonElement Json => JsonDocument.Parse(Body).RootElement;
}
