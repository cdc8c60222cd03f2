using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace MoocBot.Telegram.Tests.Fakes;

/// <summary>Reads Bot API parameters the way Telegram does: numbers may come as strings and objects as JSON text.</summary>
internal static class FakeJson
{
    public static string? AsString(JsonNode? node) => node switch
    {
        null => null,
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };

    public static long? AsLong(JsonNode? node) =>
        long.TryParse(AsString(node), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static bool AsBool(JsonNode? node) =>
        node is not null && string.Equals(AsString(node), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>A parameter that holds an object or array, given either as JSON or as JSON text (forms).</summary>
    public static JsonNode? AsStructure(JsonNode? node)
    {
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            var text = value.GetValue<string>().Trim();
            if (text.StartsWith('{') || text.StartsWith('['))
            {
                try
                {
                    return JsonNode.Parse(text);
                }
                catch (JsonException)
                {
                    return null;
                }
            }

            return null;
        }

        return node;
    }
}
