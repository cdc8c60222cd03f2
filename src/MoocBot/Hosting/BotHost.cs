using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MoocBot.Cli;
using MoocBot.Core;
using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;
using MoocBot.Discord;
using MoocBot.Storage;
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
        builder.AddMoocBotStorage();
        var host = builder.Build();
        host.Services.GetService<IStartupValidator>()?.Validate();
        return host;
    }

    public static bool AnyPlatform(IConfiguration configuration) =>
        BotConfiguration.TelegramConfigured(configuration) || BotConfiguration.DiscordConfigured(configuration);

    public static bool NeedsHttp(IConfiguration configuration) =>
        BotConfiguration.TelegramWebhook(configuration) || BotConfiguration.DiscordConfigured(configuration);

    public static IHost Build(string[] args, IConfiguration configuration, FactRepository repository, ConsoleChatStreams? console)
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
            builder.Logging.SetMinimumLevel(LogLevel.Warning);
        }

        builder.Services.AddMoocBotCore(repository);
        builder.Services.Configure<RateLimitOptions>(builder.Configuration.GetSection(RateLimitOptions.SectionName));
        builder.AddMoocBotStorage();
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

            app.MapGet("/healthz", () => Results.Ok(new { status = "ok", facts = repository.Version }));
            return app;
        }

        return ((HostApplicationBuilder)builder).Build();
    }
}
