using System.Diagnostics.Metrics;

namespace MoocBot.Core.Tests.Diagnostics.Fakes;

/// <summary>Creates meters scoped to this factory, so a MetricCollector sees one test's measurements only.</summary>
internal sealed class TestMeterFactory : IMeterFactory
{
    private readonly List<Meter> _meters = [];

    public Meter Create(MeterOptions options)
    {
        var meter = new Meter(options.Name, options.Version, options.Tags, scope: this);
        _meters.Add(meter);
        return meter;
    }

    public void Dispose()
    {
        foreach (var meter in _meters)
        {
            meter.Dispose();
        }
    }
}
