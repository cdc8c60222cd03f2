using MoocBot.Hosting;
using OpenTelemetry.Exporter;

namespace MoocBot.Tests.Hosting;

public sealed class OpenTelemetryOptionsTests
{
    [Theory]
    [InlineData(OtlpExportProtocol.Grpc, "http://collector:4317/", "http://collector:4317/")]
    [InlineData(OtlpExportProtocol.HttpProtobuf, "http://collector:4318", "http://collector:4318/v1/metrics")]
    [InlineData(OtlpExportProtocol.HttpProtobuf, "https://otlp.example/custom/metrics", "https://otlp.example/custom/metrics")]
    public void MetricsEndpoint_ByProtocol_AddsTheSignalPathOnlyForABareHttpEndpoint(OtlpExportProtocol protocol, string endpoint, string expected)
    {
        var options = new OpenTelemetryOptions { Endpoint = new Uri(endpoint), Protocol = protocol };

        Assert.Equal(new Uri(expected), options.MetricsEndpoint());
    }

    [Fact]
    public void MetricsEndpoint_NoEndpoint_IsNull()
    {
        Assert.Null(new OpenTelemetryOptions().MetricsEndpoint());
    }
}
