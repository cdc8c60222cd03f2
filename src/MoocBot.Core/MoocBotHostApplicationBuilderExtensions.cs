using Microsoft.Extensions.Hosting;
using MoocBot.Core.Facts;

namespace MoocBot.Core;

/// <summary>Core's areas added to a host, each binding and validating its own settings from the host's configuration.</summary>
public static class MoocBotHostApplicationBuilderExtensions
{
    /// <summary>The facts, answering, conversations and commands (sections "Facts", "RateLimits", "Diagnostics:UnansweredLog", "Conversations").</summary>
    public static IHostApplicationBuilder AddMoocBotCore(this IHostApplicationBuilder builder, FactRepository repository)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddMoocBotCore(repository, builder.Configuration);
        return builder;
    }

    /// <summary>Subscriptions and update notices (section "Notices"); the host adds a store for them.</summary>
    public static IHostApplicationBuilder AddMoocBotNotices(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddMoocBotNotices(builder.Configuration);
        return builder;
    }

    /// <summary>Reloading and publishing the facts file when it changes (section "Facts", bound by <see cref="AddMoocBotCore"/>).</summary>
    public static IHostApplicationBuilder AddMoocBotFactWatch(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddMoocBotFactWatch();
        return builder;
    }

    /// <summary>The writer of the opt-in unanswered-question log, over the store the host adds.</summary>
    public static IHostApplicationBuilder AddMoocBotUnansweredLog(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddMoocBotUnansweredLog();
        return builder;
    }
}
