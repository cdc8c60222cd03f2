using System.ComponentModel.DataAnnotations;
using System.Reflection;

namespace MoocBot.Core.Settings;

/// <summary>The bounds a setting's <see cref="RangeAttribute"/> or <see cref="TimeSpanRangeAttribute"/> allows, for the settings check's message.</summary>
/// <param name="Minimum">The least value allowed: a number, a <see cref="TimeSpan"/> or its text.</param>
/// <param name="Maximum">The greatest value allowed, in the same form.</param>
public sealed record SettingRange(object Minimum, object Maximum)
{
    /// <summary>The range declared on <paramref name="property"/>, or null when it declares none.</summary>
    internal static SettingRange? Of(PropertyInfo property) =>
        property.GetCustomAttribute<TimeSpanRangeAttribute>() is { } span ? new SettingRange(span.Minimum, span.Maximum)
        : property.GetCustomAttribute<RangeAttribute>() is { } range ? new SettingRange(range.Minimum, range.Maximum)
        : null;
}
