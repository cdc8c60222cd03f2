using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoocBot.Cli;
using MoocBot.Core;
using MoocBot.Core.Diagnostics;
using MoocBot.Core.Facts;
using MoocBot.Core.Notices;
using MoocBot.Core.Settings;
using MoocBot.Discord;
using MoocBot.Hosting.Health;
using MoocBot.Storage;
using MoocBot.Telegram;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace MoocBot.Hosting;

/// <summary>
/// The composition root, the one place that decides what the bot is made of: the running bot, the verbs that use the
/// store, and <c>ask</c> are composed here alike, each area adding itself and its settings with one <c>AddMoocBot…</c> call.
/// </summary>
internal static class BotHost
{
    public static async Task<int> RunAsync(string[] args, IConfiguration configuration, TextReader input, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var repository = MoocBotCommandLine.LoadRepository(configuration, error);
        if (repository is null)
        {
            return MoocBotCommandLine.Failure;
        }

        var withConsole = args.Contains("--console") || !AnyPlatform(configuration);
        var hostArgs = args.Where(a => a != "--console").ToArray();
        using var host = Build(hostArgs, configuration, repository, withConsole ? new ConsoleChatStreams(input, output, !Console.IsInputRedirected) : null);
        try
        {
            await host.StartAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Stopped while starting: Ctrl+C, or the console's input ended before the host was up.
            return MoocBotCommandLine.Ok;
        }
        catch (Exception ex) when (ex is not OptionsValidationException)
        {
            // Settings are validated before this; what is left (an address already in use, say) still gets one line, not a stack trace.
            await error.WriteLineAsync($"MoocBot cannot start: {ex.GetBaseException().Message}");
            return MoocBotCommandLine.Failure;
        }

        await host.WaitForShutdownAsync(cancellationToken);
        return MoocBotCommandLine.Ok;
    }

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
            builder.AddMoocBotHealth(platforms: profile == BotProfile.Bot);
        }

        if (profile == BotProfile.Bot)
        {
            builder.AddMoocBotFactWatch(BotConfiguration.Facts(builder.Configuration).ResolvePath());
            AddShutdown(builder);
            AddMetricsExport(builder);
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

        IHostApplicationBuilder builder = NeedsHttp(configuration)
            ? WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory })
            : Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
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

    private static IHost Build(IHostApplicationBuilder builder)
    {
        if (builder is not WebApplicationBuilder web)
        {
            return ((HostApplicationBuilder)builder).Build();
        }

        var app = web.Build();
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

    /// <summary>Gives stopping time to finish: updates in flight are answered, the notice send under way is recorded.</summary>
    private static void AddShutdown(IHostApplicationBuilder builder)
    {
        builder.Services.AddMoocBotSettings<HostingOptions, HostingOptionsValidator>(builder.Configuration, HostingOptions.SectionName)
            .Validate<IOptions<NoticesOptions>>(
                (hosting, notices) => hosting.ShutdownTimeout > notices.Value.SendTimeout,
                "Hosting:ShutdownTimeout must be longer than Notices:SendTimeout, so a notice being sent when the bot stops is still recorded.");
        builder.Services.AddOptions<HostOptions>().Configure<IOptions<HostingOptions>>((host, hosting) => host.ShutdownTimeout = hosting.Value.ShutdownTimeout);
    }

    /// <summary>Exports the "MoocBot" meter over OTLP when OpenTelemetry:Endpoint is set; otherwise nothing is exported.</summary>
    private static void AddMetricsExport(IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(OpenTelemetryOptions.SectionName);
        builder.Services.AddMoocBotSettings<OpenTelemetryOptions, OpenTelemetryOptionsValidator>(builder.Configuration, OpenTelemetryOptions.SectionName);

        // Read now, to decide whether to export at all; its values were checked before the builder was made.
        var options = section.Get<OpenTelemetryOptions>() ?? new OpenTelemetryOptions();
        if (options.MetricsEndpoint() is not { } endpoint)
        {
            return;
        }

        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithMetrics(metrics => metrics
                .AddMeter(MoocBotMetrics.MeterName)
                .AddOtlpExporter((exporter, reader) =>
                {
                    exporter.Endpoint = endpoint;
                    exporter.Protocol = options.Protocol;
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)options.ExportInterval.TotalMilliseconds;
                }));
    }
}
