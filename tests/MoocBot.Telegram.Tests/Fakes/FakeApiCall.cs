using System.Text.Json.Nodes;

namespace MoocBot.Telegram.Tests.Fakes;

/// <summary>One request the fake Bot API received, and how it answered.</summary>
/// <param name="Method">The Bot API method, e.g. "sendMessage".</param>
/// <param name="Parameters">The parameters, from a JSON, form or query body; form values that hold JSON are parsed.</param>
/// <param name="StatusCode">The HTTP status the fake answered with (0 for a dropped connection).</param>
/// <param name="Description">The error description when it failed.</param>
public sealed record FakeApiCall(string Method, JsonObject Parameters, int StatusCode, string? Description)
{
    /// <summary>True when the call succeeded.</summary>
    public bool Succeeded => StatusCode == 200;

    /// <summary>A parameter as a string (numbers and booleans as written).</summary>
    public string? Get(string name) => FakeJson.AsString(Parameters[name]);
}
