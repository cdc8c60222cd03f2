using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoocBot.Cli;
using MoocBot.Core;
using MoocBot.Core.Conversations;
using MoocBot.Core.Diagnostics;
using MoocBot.Core.Facts;
using MoocBot.Core.Notices;
using MoocBot.Discord;
using MoocBot.Hosting.Health;
using MoocBot.Storage;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using MoocBot.Telegram;

namespace MoocBot.Hosting;

/// <summary>The composition root: Core, storage and each configured platform, in one host.</summary>
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
        try
        {
            using var host = Build(hostArgs, configuration, repository, withConsole ? new ConsoleChatStreams(input, output, !Console.IsInputRedirected) : null);

            // Validate settings before the host starts, so a bad setting gets our message rather than the host's stack trace.
            host.Services.GetService<IStartupValidator>()?.Validate();
            await host.RunAsync(cancellationToken);
            return MoocBotCommandLine.Ok;
        }
        catch (OptionsValidationException ex)
        {
            await error.WriteLineAsync("MoocBot cannot start because a setting is missing or invalid:");
            foreach (var failure in ex.Failures)
            {
                await error.WriteLineAsync("  " + failure);
            }

            return MoocBotCommandLine.Failure;
        }
    }

    /// <summary>Core and storage without platforms or a console, for verbs that use the store without running the bot.</summary>
    public static IHost BuildOffline(IConfiguration configuration, FactRepository repository)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.ClearProviders();
        builder.Services.AddMoocBotCore(repository);
        builder.Services.AddMoocBotChartFiles();
        builder.AddMoocBotStorage();
        builder.Services.AddMoocBotHealthChecks(platforms: false);
        var host = builder.Build();
        host.Services.GetService<IStartupValidator>()?.Validate();
        return host;
    }

    public static bool AnyPlatform(IConfiguration configuration) =>
        BotConfiguration.TelegramConfigured(configuration) || BotConfiguration.DiscordConfigured(configuration);

    /// <summary>A webhook platform needs the HTTP endpoint; so does /healthz alone, when an address is given with --urls (or Urls).</summary>
    public static bool NeedsHttp(IConfiguration configuration) =>
        BotConfiguration.TelegramWebhook(configuration) || BotConfiguration.DiscordConfigured(configuration)
        || !string.IsNullOrWhiteSpace(configuration["urls"]);

    /// <param name="args">The host's command line (--urls and the like).</param>
    /// <param name="configuration">The bot's settings.</param>
    /// <param name="repository">The loaded, checked fact repository; served until the facts file changes (Facts:Watch).</param>
    /// <param name="console">The console chat's streams, or null to run without it.</param>
    /// <param name="configure">Last changes before the host is built (tests add log capture here).</param>
    public static IHost Build(string[] args, IConfiguration configuration, FactRepository repository, ConsoleChatStreams? console, Action<IHostApplicationBuilder>? configure = null)
    {
        IHostApplicationBuilder builder = NeedsHttp(configuration)
            ? WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory })
            : Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
        builder.Configuration.AddConfiguration(configuration);

        // Logs go to standard error so the console chat and piped output stay clean.
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        if (console is not null)
        {
            // The console chat shares the terminal with the log: keep only what needs attention.
            builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        }

        builder.Services.AddMoocBotCore(repository);
        builder.Services.AddMoocBotChartFiles();
        builder.Services.Configure<RateLimitOptions>(builder.Configuration.GetSection(RateLimitOptions.SectionName));
        builder.AddMoocBotStorage();
        builder.Services.AddOptions<FactsWatchOptions>().Bind(builder.Configuration.GetSection(FactsWatchOptions.SectionName));
        builder.Services.AddMoocBotFactWatch(BotConfiguration.Facts(builder.Configuration).ResolvePath());
        AddShutdown(builder);
        AddMetricsExport(builder);
        builder.Services.AddMoocBotHealthChecks(platforms: true);
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

        configure?.Invoke(builder);
        if (builder is WebApplicationBuilder web)
        {
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

        return ((HostApplicationBuilder)builder).Build();
    }

    /// <summary>Gives stopping time to finish: updates in flight are answered, the notice send under way is recorded.</summary>
    private static void AddShutdown(IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<HostingOptions>()
            .Bind(builder.Configuration.GetSection(HostingOptions.SectionName))
            .ValidateDataAnnotations()
            .Validate<IOptions<NoticesOptions>>(
                (hosting, notices) => hosting.ShutdownTimeout > notices.Value.SendTimeout,
                "Hosting:ShutdownTimeout must be longer than Notices:SendTimeout, so a notice being sent when the bot stops is still recorded.")
            .ValidateOnStart();
        builder.Services.AddOptions<HostOptions>().Configure<IOptions<HostingOptions>>((host, hosting) => host.ShutdownTimeout = hosting.Value.ShutdownTimeout);
    }

    /// <summary>Exports the "MoocBot" meter over OTLP when OpenTelemetry:Endpoint is set; otherwise nothing is exported.</summary>
    private static void AddMetricsExport(IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(OpenTelemetryOptions.SectionName);
        builder.Services.AddOptions<OpenTelemetryOptions>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
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
