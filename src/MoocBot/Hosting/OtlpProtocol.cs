namespace MoocBot.Hosting;

/// <summary>
/// How metrics are sent to the collector (OpenTelemetry:Protocol). The bot's own copy of the exporter's
/// <c>OtlpExportProtocol</c>, with the same names, so that reading the setting does not load OpenTelemetry's assemblies
/// when nothing is exported.
/// </summary>
internal enum OtlpProtocol
{
    Grpc,
    HttpProtobuf,
}
