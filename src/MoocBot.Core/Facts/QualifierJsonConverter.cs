using System.Text.Json;
using System.Text.Json.Serialization;

namespace MoocBot.Core.Facts;

/// <summary>Qualifiers as camel-case names ("exact", "moreThan"), as <c>data/facts.json</c> writes them.</summary>
internal sealed class QualifierJsonConverter() : JsonStringEnumConverter<Qualifier>(JsonNamingPolicy.CamelCase, allowIntegerValues: false);
