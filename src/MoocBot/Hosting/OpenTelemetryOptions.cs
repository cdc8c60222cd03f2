using System.ComponentModel.DataAnnotations;
using MoocBot.Core;

namespace MoocBot.Hosting;

/// <summary>Metrics export over OTLP (configuration section "OpenTelemetry"); nothing is exported without an endpoint.</summary>
internal sealed class OpenTelemetryOptions
{
    public const string SectionName = "OpenTelemetry";

    /// <summary>The collector, e.g. http://otel-collector:4317 (gRPC) or http://otel-collector:4318 (HTTP). Empty: no export.</summary>
    public Uri? Endpoint { get; set; }

    /// <summary><see cref="OtlpProtocol.Grpc"/> (the default) or <see cref="OtlpProtocol.HttpProtobuf"/>.</summary>
    [EnumDataType(typeof(OtlpProtocol))]
    public OtlpProtocol Protocol { get; set; } = OtlpProtocol.Grpc;

    /// <summary>How often metrics are sent.</summary>
    [TimeSpanRange("00:00:00.100", "01:00:00")]
    public TimeSpan ExportInterval { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>The service.name resource attribute.</summary>
    [Required]
    public string ServiceName { get; set; } = "moocbot";

    /// <summary>
    /// The address the exporter posts to: with HTTP the signal path /v1/metrics is added when the endpoint has no
    /// path (the exporter only adds it itself for the OTEL_EXPORTER_OTLP_ENDPOINT variable).
    /// </summary>
    public Uri? MetricsEndpoint() => Endpoint is null || Protocol != OtlpProtocol.HttpProtobuf || Endpoint.AbsolutePath.Trim('/').Length > 0
        ? Endpoint
        : new Uri(Endpoint, "/v1/metrics");
}
