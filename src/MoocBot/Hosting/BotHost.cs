using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoocBot.Core;
using MoocBot.Core.Facts;
using MoocBot.Discord;
using MoocBot.Hosting.Diagnostics;
using MoocBot.Hosting.Health;
using MoocBot.Storage;
using MoocBot.Telegram;
using MoocBot.Terminal;

namespace MoocBot.Hosting;

/// <summary>
/// The composition root, the one place that decides what the bot is made of: the running bot, the verbs that use the
/// store, and <c>ask</c> are composed here alike, each area adding itself and its settings with one <c>AddMoocBot…</c> call.
/// </summary>
internal static class BotHost
{
    /// <summary>Answering only, for <c>ask</c>: nothing started, nothing opened; what the verb resolves is created when resolved.</summary>
    public static IHost BuildAsk(IConfiguration configuration, FactRepository repository) =>
        Compose(BotProfile.Ask, [], configuration, repository, console: null, configure: null);

    /// <summary>
    /// Answering with the store, for <c>ask --chat</c>: each process answers one question of a conversation, so its context
    /// is kept in the store (the SQLite file or PostgreSQL) for the next one.
    /// </summary>
    public static IHost BuildAskInChat(IConfiguration configuration, FactRepository repository) =>
        Compose(BotProfile.Offline, [], configuration, repository, console: null, configure: builder => builder.Services.KeepConversationsInStore());

    /// <summary>Core and storage without platforms or a console, for verbs that use the store without running the bot.</summary>
    public static IHost BuildOffline(IConfiguration configuration, FactRepository repository) =>
        Compose(BotProfile.Offline, [], configuration, repository, console: null, configure: null);

    /// <param name="args">The host's command line (--urls and the like).</param>
    /// <param name="configuration">The bot's settings.</param>
    /// <param name="repository">The loaded, checked fact repository; served until the facts file changes (Facts:Watch).</param>
    /// <param name="console">The console chat's streams, or null to run without it.</param>
    /// <param name="configure">Last changes before the host is built (tests add log capture here).</param>
    /// <exception cref="OptionsValidationException">A setting is missing or invalid; each failure is one line naming it.</exception>
    public static IHost Build(string[] args, IConfiguration configuration, FactRepository repository, ConsoleChatStreams? console, Action<IHostApplicationBuilder>? configure = null) =>
        Compose(BotProfile.Bot, args, configuration, repository, console, configure);

    public static bool AnyPlatform(IConfiguration configuration) =>
        BotConfiguration.TelegramConfigured(configuration) || BotConfiguration.DiscordConfigured(configuration);

    /// <summary>A webhook platform needs the HTTP endpoint; so does /healthz alone, when an address is given with --urls (or Urls).</summary>
    public static bool NeedsHttp(IConfiguration configuration) =>
        BotConfiguration.TelegramWebhook(configuration) || BotConfiguration.DiscordConfigured(configuration)
        || !string.IsNullOrWhiteSpace(configuration["urls"]);

    private static IHost Compose(BotProfile profile, string[] args, IConfiguration configuration, FactRepository repository, ConsoleChatStreams? console, Action<IHostApplicationBuilder>? configure)
    {
        if (profile == BotProfile.Bot)
        {
            BotConfiguration.ThrowOnBadValues(configuration);
        }

        var builder = CreateBuilder(profile, args, configuration, console is not null);
        builder.AddMoocBotCore(repository);
        builder.Services.AddMoocBotChartFiles();
        if (profile >= BotProfile.Offline)
        {
            builder.AddMoocBotStorage();
            builder.AddMoocBotNotices();
            builder.AddMoocBotUnansweredLog();

            // The running bot reports its health only at /healthz; without the HTTP endpoint nothing would read the checks.
            builder.AddMoocBotHealth(platforms: profile == BotProfile.Bot, checks: profile != BotProfile.Bot || NeedsHttp(builder.Configuration));
        }

        if (profile == BotProfile.Bot)
        {
            builder.AddMoocBotFactWatch();
            builder.AddMoocBotShutdown();
            builder.AddMoocBotMetricsExport();
            builder.Services.AddHostedService<ProcessMemoryLog>();
            if (BotConfiguration.TelegramConfigured(builder.Configuration))
            {
                builder.AddMoocBotTelegram();
            }

            if (BotConfiguration.DiscordConfigured(builder.Configuration))
            {
                builder.AddMoocBotDiscord();
            }

            if (console is not null)
            {
                builder.Services.AddSingleton(console);
                builder.Services.AddHostedService<ConsoleChat>();
            }
        }

        configure?.Invoke(builder);
        var host = Build(builder);
        try
        {
            // Settings are validated here, before anything starts, so a bad one gets our message rather than the host's stack trace.
            host.Services.GetService<IStartupValidator>()?.Validate();
            return host;
        }
        catch
        {
            host.Dispose();
            throw;
        }
    }

    private static IHostApplicationBuilder CreateBuilder(BotProfile profile, string[] args, IConfiguration configuration, bool withConsole)
    {
        if (profile != BotProfile.Bot)
        {
            // No configuration sources of its own (the settings are given), no log providers, nothing validated on build.
            var empty = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
            empty.Configuration.AddConfiguration(configuration);
            return empty;
        }

        var builder = NeedsHttp(configuration) ? CreateWebBuilder(args) : CreatePlainBuilder(args);
        builder.Configuration.AddConfiguration(configuration);

        // Logs go to standard error so the console chat and piped output stay clean.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        if (withConsole)
        {
            // The console chat shares the terminal with the log: keep only what needs attention.
            builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        }

        return builder;
    }

    /// <summary>
    /// The generic host without its defaults: the settings are given (appsettings.json, environment, command line, read
    /// once by <see cref="BotConfiguration"/>), and the default log providers, the appsettings.json watcher and the
    /// ASP.NET Core assemblies would only cost memory in a bot that polls (README, issue 11).
    /// </summary>
    private static HostApplicationBuilder CreatePlainBuilder(string[] args)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Services.AddMetrics();
        return builder;
    }

    // Kept out of the methods every host runs, so that ASP.NET Core is loaded only by a bot that serves HTTP.
    [MethodImpl(MethodImplOptions.NoInlining)]
    [SuppressMessage("Performance", "CA1859:Use concrete types when possible for improved performance", Justification = "The interface keeps ASP.NET Core's types out of its callers.")]
    private static IHostApplicationBuilder CreateWebBuilder(string[] args) =>
        WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory });

    private static IHost Build(IHostApplicationBuilder builder) =>
        builder is HostApplicationBuilder plain ? plain.Build() : BuildWeb(builder);

    [MethodImpl(MethodImplOptions.NoInlining)]
    [SuppressMessage("Performance", "CA1859:Use concrete types when possible for improved performance", Justification = "The interface keeps ASP.NET Core's types out of its callers.")]
    private static IHost BuildWeb(IHostApplicationBuilder builder)
    {
        var app = ((WebApplicationBuilder)builder).Build();
        if (BotConfiguration.TelegramWebhook(app.Configuration))
        {
            app.MapTelegramWebhook();
        }

        if (BotConfiguration.DiscordConfigured(app.Configuration))
        {
            app.MapDiscordInteractions();
        }

        app.MapHealthChecks("/healthz", new HealthCheckOptions { ResponseWriter = HealthJsonWriter.WriteResponseAsync });
        return app;
    }
}
