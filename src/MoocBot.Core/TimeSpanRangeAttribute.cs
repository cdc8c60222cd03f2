using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace MoocBot.Core;

/// <summary>
/// A <see cref="TimeSpan"/> setting between two bounds written like "00:00:01" and "1.00:00:00", with the message
/// <see cref="RangeAttribute"/> gives. <c>RangeAttribute(typeof(TimeSpan), …)</c> converts its bounds through a
/// TypeConverter found by reflection, which trimming and native AOT cannot keep; this parses them directly.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter)]
public sealed class TimeSpanRangeAttribute(string minimum, string maximum) : ValidationAttribute("The field {0} must be between {1} and {2}.")
{
    /// <summary>The least value allowed.</summary>
    public TimeSpan Minimum { get; } = TimeSpan.Parse(minimum, CultureInfo.InvariantCulture);

    /// <summary>The greatest value allowed.</summary>
    public TimeSpan Maximum { get; } = TimeSpan.Parse(maximum, CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public override bool IsValid(object? value) => value is not TimeSpan span || (span >= Minimum && span <= Maximum);

    /// <inheritdoc />
    public override string FormatErrorMessage(string name) =>
        string.Format(CultureInfo.CurrentCulture, ErrorMessageString, name, Minimum, Maximum);
}
