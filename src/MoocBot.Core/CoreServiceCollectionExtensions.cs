using System.Diagnostics.Metrics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MoocBot.Core.Answering;
using MoocBot.Core.Charts;
using MoocBot.Core.Conversations;
using MoocBot.Core.Conversations.Commands;
using MoocBot.Core.Conversations.FollowUps;
using MoocBot.Core.Diagnostics;
using MoocBot.Core.Facts;
using MoocBot.Core.Settings;

namespace MoocBot.Core;

/// <summary>Registers Core: the fact repository, the answerer, the composer, the router and the built-in commands.</summary>
public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds Core over an already loaded repository; <see cref="CurrentFacts"/> serves it until a reload replaces it.
    /// Its settings ("Facts", "RateLimits", "Diagnostics:UnansweredLog", "Conversations") are bound from <paramref name="configuration"/> when given.
    /// </summary>
    public static IServiceCollection AddMoocBotCore(this IServiceCollection services, FactRepository repository, IConfiguration? configuration = null)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMoocBotSettings<FactsOptions, FactsOptionsValidator>(configuration, FactsOptions.SectionName);
        services.AddSingleton(sp => new CurrentFacts(repository, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton(sp => new ReplyComposer(sp.GetRequiredService<CurrentFacts>(), sp.GetServices<IFactReplyExtension>()));
        services.AddSingleton<FactLookup>();
        services.AddSingleton<FactSearch>();
        services.AddMoocBotSettings<RateLimitOptions, RateLimitOptionsValidator>(configuration, RateLimitOptions.SectionName);
        services.TryAddSingleton<MessageRateLimiter>();
        services.TryAddSingleton<BotHealth>();
        services.TryAddSingleton(sp => new MoocBotMetrics(sp.GetService<IMeterFactory>()));
        services.AddMoocBotSettings<UnansweredLogOptions, UnansweredLogOptionsValidator>(configuration, UnansweredLogOptions.SectionName);
        services.TryAddSingleton<UnansweredQuestions>();
        services.AddMoocBotSettings<ConversationOptions, ConversationOptionsValidator>(configuration, ConversationOptions.SectionName);
        services.TryAddSingleton<InMemoryConversationContextStore>();
        services.TryAddSingleton<IConversationContextStore>(sp => sp.GetRequiredService<InMemoryConversationContextStore>());
        services.TryAddSingleton<FollowUpAnswerer>();
        services.AddSingleton<ConversationRouter>();
        services.AddSingleton<IChatCommand, FactCommand>();
        services.AddSingleton<IChatCommand, StatsCommand>();
        services.AddSingleton<IChatCommand, TopicsCommand>();
        services.AddSingleton<IChatCommand, SourceCommand>();
        services.AddSingleton<IChatCommand, RelatedCommand>();
        services.AddSingleton<IChatCommand, AboutCommand>();
        services.AddSingleton<MeasureLookup>();
        services.AddSingleton<IChatCommand, HistoryCommand>();
        services.AddSingleton<IChatCommand, ChartCommand>();
        return services;
    }
}
