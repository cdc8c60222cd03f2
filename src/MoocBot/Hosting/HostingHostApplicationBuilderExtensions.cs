using System.Runtime.CompilerServices;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using MoocBot.Core.Diagnostics;
using MoocBot.Core.Notices;
using MoocBot.Core.Settings;
using OpenTelemetry.Exporter;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace MoocBot.Hosting;

/// <summary>The running host's own areas, each binding and validating its section: stopping ("Hosting") and metrics export ("OpenTelemetry").</summary>
internal static class HostingHostApplicationBuilderExtensions
{
    /// <summary>Gives stopping time to finish: updates in flight are answered, the notice send under way is recorded.</summary>
    public static IHostApplicationBuilder AddMoocBotShutdown(this IHostApplicationBuilder builder)
    {
        builder.Services.AddMoocBotSettings<HostingOptions, HostingOptionsValidator>(builder.Configuration, HostingOptions.SectionName)
            .Validate<IOptions<NoticesOptions>>(
                (hosting, notices) => hosting.ShutdownTimeout > notices.Value.SendTimeout,
                "Hosting:ShutdownTimeout must be longer than Notices:SendTimeout, so a notice being sent when the bot stops is still recorded.");
        builder.Services.AddOptions<HostOptions>().Configure<IOptions<HostingOptions>>((host, hosting) => host.ShutdownTimeout = hosting.Value.ShutdownTimeout);
        return builder;
    }

    /// <summary>Exports the "MoocBot" meter over OTLP when OpenTelemetry:Endpoint is set; otherwise nothing is exported.</summary>
    public static IHostApplicationBuilder AddMoocBotMetricsExport(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(OpenTelemetryOptions.SectionName);
        builder.Services.AddMoocBotSettings<OpenTelemetryOptions, OpenTelemetryOptionsValidator>(builder.Configuration, OpenTelemetryOptions.SectionName);

        // Read now, to decide whether to export at all; its values were checked before the builder was made.
        var options = section.Get<OpenTelemetryOptions>() ?? new OpenTelemetryOptions();
        if (options.MetricsEndpoint() is { } endpoint)
        {
            AddOtlpExport(builder.Services, options, endpoint);
        }

        return builder;
    }

    // Its own method, so that OpenTelemetry's assemblies are loaded only when metrics are exported (README, issue 11).
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void AddOtlpExport(IServiceCollection services, OpenTelemetryOptions options, Uri endpoint) =>
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(options.ServiceName))
            .WithMetrics(metrics => metrics
                .AddMeter(MoocBotMetrics.MeterName)
                .AddOtlpExporter((exporter, reader) =>
                {
                    exporter.Endpoint = endpoint;
                    exporter.Protocol = options.Protocol == OtlpProtocol.HttpProtobuf ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
                    reader.PeriodicExportingMetricReaderOptions.ExportIntervalMilliseconds = (int)options.ExportInterval.TotalMilliseconds;
                }));
}
