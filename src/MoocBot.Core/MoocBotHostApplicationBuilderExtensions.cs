using Microsoft.Extensions.Hosting;
using MoocBot.Core.Facts;

namespace MoocBot.Core;

/// <summary>Core's areas added to a host, each binding and validating its own settings from the host's configuration.</summary>
public static class MoocBotHostApplicationBuilderExtensions
{
    /// <summary>Answering, conversations and commands (sections "RateLimits", "Diagnostics:UnansweredLog").</summary>
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

    /// <summary>Reloading and publishing <paramref name="factsPath"/> when it changes (section "Facts").</summary>
    public static IHostApplicationBuilder AddMoocBotFactWatch(this IHostApplicationBuilder builder, string factsPath)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.AddMoocBotFactWatch(factsPath, builder.Configuration);
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
