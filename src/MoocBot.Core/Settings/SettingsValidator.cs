using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace MoocBot.Core.Settings;

/// <summary>
/// Validates one options section: the configured values themselves (<see cref="SettingValues.Check"/>), and the options
/// class's declared rules through its source-generated validator, over the values that convert (a refused one is left
/// at its default by <see cref="SettingValues.Bind"/>, so it gives one line, not a second complaint from the rules).
/// </summary>
internal sealed class SettingsValidator<[System.Diagnostics.CodeAnalysis.DynamicallyAccessedMembers(SettingValues.Members)] TOptions>(IConfigurationSection? section, IValidateOptions<TOptions> declared) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var problems = section is null ? [] : SettingValues.Check(section, typeof(TOptions));
        var rules = declared.Validate(name, options);
        return problems.Count == 0 ? rules : ValidateOptionsResult.Fail([.. problems, .. rules.Failures ?? []]);
    }
}
