using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace MoocBot.Core.Settings;

/// <summary>
/// Reads a configuration section against its options class before binding, so a mistyped value becomes one line that
/// names the setting (and its environment variable), says what is wrong and lists what is allowed, instead of the
/// binder's exception. Values are quoted only for numbers, switches, time spans and choices: a text setting may be a
/// secret (a token, a key, a connection string) and is never repeated.
/// </summary>
public static class SettingValues
{
    private const int MaxQuoted = 40;

    /// <summary>What the checks read of an options class: its public properties and its default instance.</summary>
    internal const DynamicallyAccessedMemberTypes Members = DynamicallyAccessedMemberTypes.PublicParameterlessConstructor | DynamicallyAccessedMemberTypes.PublicProperties;

    /// <summary>Every problem with the values under <paramref name="section"/> for <paramref name="optionsType"/>, one line each.</summary>
    public static IReadOnlyList<string> Check(IConfigurationSection section, [DynamicallyAccessedMembers(Members)] Type optionsType)
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(optionsType);
        var problems = new List<(string Key, string Problem)>();
        CheckObject(section, optionsType, problems);
        return [.. problems.Select(p => p.Problem)];
    }

    /// <summary>The problem with <paramref name="value"/> for a setting of type <paramref name="type"/>, or null when it is allowed.</summary>
    /// <param name="key">The setting's key, e.g. Storage:Provider.</param>
    /// <param name="value">The configured value.</param>
    /// <param name="type">The type it binds to.</param>
    /// <param name="range">The allowed range, if the setting has one.</param>
    /// <param name="example">A value to show as an example, if any.</param>
    public static string? CheckValue(string key, string value, Type type, SettingRange? range = null, object? example = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(type);
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (target == typeof(string) || (value.Length == 0 && (!type.IsValueType || Nullable.GetUnderlyingType(type) is not null)))
        {
            return null;
        }

        var parsed = Parse(value, target);
        var wrong = parsed is null ? "is not " + Article(target) : OutOfRange(parsed, range) ? "is out of range" : null;
        if (wrong is null)
        {
            return null;
        }

        var shown = target == typeof(Uri) ? "" : $" \"{(value.Length > MaxQuoted ? value[..MaxQuoted] + "…" : value)}\"";
        return $"{key} (environment variable {key.Replace(":", "__", StringComparison.Ordinal)}){shown} {wrong}: allowed {Allowed(target, range, example)}.";
    }

    /// <summary>
    /// Binds <paramref name="section"/> to <paramref name="options"/>, leaving a value <see cref="Check"/> refuses at its
    /// default (it is reported at start), so the other values are still bound and validated.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Options classes are kept whole by the DynamicallyAccessedMembers of AddMoocBotSettings; the nested ones are their property types.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Options classes hold only scalars and nested options classes, which the binder reads without generating code.")]
    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "As above: the options class is annotated where it is registered.")]
    public static void Bind<[DynamicallyAccessedMembers(Members)] TOptions>(IConfigurationSection section, TOptions options)
        where TOptions : class
    {
        ArgumentNullException.ThrowIfNull(section);
        ArgumentNullException.ThrowIfNull(options);
        var problems = new List<(string Key, string Problem)>();
        CheckObject(section, typeof(TOptions), problems);
        if (problems.Count == 0)
        {
            section.Bind(options);
            return;
        }

        var refused = problems.Select(p => p.Key).ToHashSet(StringComparer.OrdinalIgnoreCase);
        new ConfigurationBuilder()
            .AddInMemoryCollection(section.AsEnumerable().Where(setting => !refused.Contains(setting.Key)))
            .Build()
            .GetSection(section.Path)
            .Bind(options);
    }

    /// <summary>
    /// Binds and validates <paramref name="sectionName"/> as <see cref="SettingsServiceCollectionExtensions.AddMoocBotSettings"/>
    /// does at start, for the one section read before a host exists. <paramref name="bind"/>, when given, binds a section
    /// that has no bad value instead of the reflection-based binder (a caller compiled with the configuration binding
    /// generator passes <c>(section, options) => section.Bind(options)</c>, which the generator replaces with code).
    /// </summary>
    /// <exception cref="OptionsValidationException">A value is bad; each failure is one line naming its key.</exception>
    public static TOptions Read<[DynamicallyAccessedMembers(Members)] TOptions, TValidator>(IConfiguration configuration, string sectionName, Action<IConfigurationSection, TOptions>? bind = null)
        where TOptions : class, new()
        where TValidator : class, IValidateOptions<TOptions>, new()
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var section = configuration.GetSection(sectionName);
        var options = new TOptions();
        if (bind is not null && Check(section, typeof(TOptions)).Count == 0)
        {
            bind(section, options);
        }
        else
        {
            Bind(section, options);
        }

        var result = new SettingsValidator<TOptions>(section, new TValidator()).Validate(Options.DefaultName, options);
        return result.Failed ? throw new OptionsValidationException(Options.DefaultName, typeof(TOptions), result.Failures) : options;
    }

    [UnconditionalSuppressMessage("Trimming", "IL2072", Justification = "A nested options class is a property type of an annotated options class.")]
    private static void CheckObject(IConfigurationSection section, [DynamicallyAccessedMembers(Members)] Type type, List<(string Key, string Problem)> problems)
    {
        object? defaults = type.GetConstructor(Type.EmptyTypes) is not null ? Activator.CreateInstance(type) : null;
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.GetMethod is null)
            {
                continue;
            }

            var child = section.GetSection(property.Name);
            if (IsScalar(property.PropertyType))
            {
                if (child.Value is { } value && CheckValue(child.Path, value, property.PropertyType, SettingRange.Of(property), defaults is null ? null : property.GetValue(defaults)) is { } problem)
                {
                    problems.Add((child.Path, problem));
                }
            }
            else if (property.PropertyType.IsClass && child.GetChildren().Any())
            {
                CheckObject(child, property.PropertyType, problems);
            }
        }
    }

    private static bool IsScalar(Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target.IsPrimitive || target.IsEnum || target == typeof(string) || target == typeof(decimal) || target == typeof(TimeSpan) || target == typeof(Uri);
    }

    private static object? Parse(string value, Type target)
    {
        var text = value.Trim();
        if (target.IsEnum)
        {
            // Names only: the binder takes any number, but a number says nothing about which choice was meant.
            return text.Length > 0 && !char.IsDigit(text[0]) && text[0] != '-' && Enum.TryParse(target, text, ignoreCase: true, out var choice) ? choice : null;
        }

        if (target == typeof(bool))
        {
            return bool.TryParse(text, out var flag) ? flag : null;
        }

        if (target == typeof(TimeSpan))
        {
            return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var span) ? span : null;
        }

        if (target == typeof(Uri))
        {
            // A host and port alone ("collector:4317") parses as an absolute address with the scheme "collector".
            return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "ws" or "wss" ? uri : null;
        }

        try
        {
            return Convert.ChangeType(text, target, CultureInfo.InvariantCulture);
        }
        catch (Exception ex) when (ex is FormatException or OverflowException or InvalidCastException)
        {
            return null;
        }
    }

    private static bool OutOfRange(object value, SettingRange? range)
    {
        if (range is null)
        {
            return false;
        }

        if (value is TimeSpan span)
        {
            return span < Bound(range.Minimum) || span > Bound(range.Maximum);
        }

        var number = Convert.ToDouble(value, CultureInfo.InvariantCulture);
        return number < Convert.ToDouble(range.Minimum, CultureInfo.InvariantCulture) || number > Convert.ToDouble(range.Maximum, CultureInfo.InvariantCulture);
    }

    private static TimeSpan Bound(object bound) => bound as TimeSpan? ?? TimeSpan.Parse((string)bound, CultureInfo.InvariantCulture);

    private static string Article(Type target) =>
        target.IsEnum ? "one of the choices"
        : target == typeof(bool) ? "true or false"
        : target == typeof(TimeSpan) ? "a time span"
        : target == typeof(Uri) ? "an absolute address"
        : IsWhole(target) ? "a whole number"
        : "a number";

    private static string Allowed(Type target, SettingRange? range, object? example)
    {
        if (target.IsEnum)
        {
            return "values: " + string.Join(", ", Enum.GetNames(target));
        }

        if (target == typeof(bool))
        {
            return "values: true, false";
        }

        var between = range is null ? "" : $" from {Format(range.Minimum)} to {Format(range.Maximum)}";
        var sample = example is null ? "" : $", e.g. {Format(example)}";
        return target == typeof(TimeSpan) ? $"values: a time span as [d.]hh:mm:ss[.fff]{between}{sample}"
            : target == typeof(Uri) ? $"values: an absolute http(s) or ws(s) address{sample}"
            : IsWhole(target) ? $"values: a whole number{between}{sample}"
            : $"values: a number{between}{sample}";
    }

    private static bool IsWhole(Type target) =>
        target == typeof(int) || target == typeof(long) || target == typeof(short) || target == typeof(byte)
        || target == typeof(uint) || target == typeof(ulong) || target == typeof(ushort) || target == typeof(sbyte);

    private static string Format(object value) => value switch
    {
        TimeSpan span => FormatSpan(span),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    // "c" writes seven decimals ("00:00:00.0100000"); milliseconds are what a setting is written in.
    private static string FormatSpan(TimeSpan span)
    {
        var text = span.ToString("c", CultureInfo.InvariantCulture);
        var fraction = text.IndexOf('.', text.LastIndexOf(':') + 1);
        return fraction < 0 ? text : text.TrimEnd('0').PadRight(fraction + 4, '0');
    }
}
