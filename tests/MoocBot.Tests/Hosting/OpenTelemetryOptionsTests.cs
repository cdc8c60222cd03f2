using MoocBot.Hosting;

namespace MoocBot.Tests.Hosting;

public sealed class OpenTelemetryOptionsTests
{
    [Theory]
    [InlineData(nameof(OtlpProtocol.Grpc), "http://collector:4317/", "http://collector:4317/")]
    [InlineData(nameof(OtlpProtocol.HttpProtobuf), "http://collector:4318", "http://collector:4318/v1/metrics")]
    [InlineData(nameof(OtlpProtocol.HttpProtobuf), "https://otlp.example/custom/metrics", "https://otlp.example/custom/metrics")]
    public void MetricsEndpoint_ByProtocol_AddsTheSignalPathOnlyForABareHttpEndpoint(string protocol, string endpoint, string expected)
    {
        var options = new OpenTelemetryOptions { Endpoint = new Uri(endpoint), Protocol = Enum.Parse<OtlpProtocol>(protocol) };

        Assert.Equal(new Uri(expected), options.MetricsEndpoint());
    }

    [Fact]
    public void MetricsEndpoint_NoEndpoint_IsNull()
    {
        Assert.Null(new OpenTelemetryOptions().MetricsEndpoint());
    }
}
