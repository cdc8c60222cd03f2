using Microsoft.Extensions.Time.Testing;

namespace MoocBot.Core.Tests.Notices.Fakes;

/// <summary>The dispatcher tests' setting: fake time, an in-memory store and one fake Telegram, behind a harness.</summary>
internal sealed class TelegramDispatch
{
    public TelegramDispatch()
    {
        Telegram = new FakeChatPlatform(Time);
        Harness = new DispatcherHarness(Store, Time, Telegram);
    }

    public FakeTimeProvider Time { get; } = new();

    public InMemoryNoticeStore Store { get; } = new();

    public FakeChatPlatform Telegram { get; }

    public DispatcherHarness Harness { get; }
}
