using System.Text.Json;
using System.Text.Json.Serialization;

namespace MoocBot.Core.Facts;

/// <summary>Source-generated serialization for <see cref="FactsJson"/>'s shapes.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters = [typeof(QualifierJsonConverter)])]
[JsonSerializable(typeof(FactsJson.Document))]
[JsonSerializable(typeof(FactsJson.Snapshot))]
internal sealed partial class FactsJsonContext : JsonSerializerContext;
