using System.Text.Json;
using System.Text.Json.Serialization;

namespace MoocBot.Discord.Models;

internal sealed record InteractionOption
{
    public required string Name { get; init; }

    public ApplicationCommandOptionType Type { get; init; }

    public JsonElement? Value { get; init; }

    public bool? Focused { get; init; }

    public IReadOnlyList<InteractionOption>? Options { get; init; }

    /// <summary>The value as text, whatever its JSON type.</summary>
    [JsonIgnore]
    public string ValueText => Value switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString() ?? string.Empty,
        { ValueKind: JsonValueKind.Undefined or JsonValueKind.Null } => string.Empty,
        { } v => v.GetRawText(),
        null => string.Empty,
    };
}
