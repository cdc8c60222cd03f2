using Microsoft.Extensions.Time.Testing;

namespace MoocBot.Tests.Fakes;

/// <summary>Fake time for a running bot: a fixed instant after every figure in data/, so the same facts are current on every run.</summary>
internal static class TestClock
{
    public static FakeTimeProvider Create() => new(new DateTimeOffset(2026, 12, 5, 9, 0, 0, TimeSpan.Zero));
}
