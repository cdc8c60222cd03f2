using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace MoocBot.Core.Settings;

/// <summary>
/// Validates one options section: first the configured values themselves (<see cref="SettingValues.Check"/>), then,
/// when they all convert, the options class's declared rules through its source-generated validator. One bad value
/// gives one line, not the same complaint from both.
/// </summary>
internal sealed class SettingsValidator<TOptions>(IConfigurationSection? section, IValidateOptions<TOptions> declared) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var problems = section is null ? [] : SettingValues.Check(section, typeof(TOptions));
        return problems.Count > 0 ? ValidateOptionsResult.Fail(problems) : declared.Validate(name, options);
    }
}
