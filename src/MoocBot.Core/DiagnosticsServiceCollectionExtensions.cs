using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using MoocBot.Core.Diagnostics;

namespace MoocBot.Core;

/// <summary>Registers the writer of the opt-in unanswered-question log.</summary>
public static class DiagnosticsServiceCollectionExtensions
{
    /// <summary>
    /// Adds the hosted writer that stores the questions the router could not answer (when
    /// <c>Diagnostics:UnansweredLog:Enabled</c>) and enforces their retention. Needs an <see cref="IUnansweredQuestionLog"/>
    /// (MoocBot.Storage's AddMoocBotStorage adds one; the host calls this beside it) and Core (<c>AddMoocBotCore</c>, which validates the options). Without the writer nothing is logged.
    /// </summary>
    public static IServiceCollection AddMoocBotUnansweredLog(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<UnansweredQuestions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, UnansweredQuestionWriter>());
        return services;
    }
}
