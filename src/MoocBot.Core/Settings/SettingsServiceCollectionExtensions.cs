using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MoocBot.Core.Settings;

/// <summary>How each area of MoocBot binds and validates its options section.</summary>
public static class SettingsServiceCollectionExtensions
{
    /// <summary>
    /// Adds <typeparamref name="TOptions"/>, bound from <paramref name="sectionName"/> of <paramref name="configuration"/>
    /// (when given) and validated when the host starts: the values first (a mistyped number, choice or time span is one
    /// line naming the setting and what is allowed), then <typeparamref name="TValidator"/>, the class's
    /// <see cref="OptionsValidatorAttribute">source-generated</see> validator.
    /// </summary>
    public static OptionsBuilder<TOptions> AddMoocBotSettings<[DynamicallyAccessedMembers(SettingValues.Members)] TOptions, TValidator>(this IServiceCollection services, IConfiguration? configuration, string sectionName)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>, new()
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionName);
        var section = configuration?.GetSection(sectionName);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>>(new SettingsValidator<TOptions>(section, new TValidator())));
        var options = services.AddOptionsWithValidateOnStart<TOptions>();
        if (section is not null)
        {
            options.Configure(o => SettingValues.Bind(section, o));
        }

        return options;
    }
}
