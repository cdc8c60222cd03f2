using Microsoft.Extensions.Time.Testing;

namespace MoocBot.Core.Tests.Notices.Fakes;

/// <summary>The dispatcher tests' setting: fake time, an in-memory store and one fake Telegram, behind a harness.</summary>
internal static class TelegramDispatch
{
    public static (FakeTimeProvider Time, InMemoryNoticeStore Store, FakeChatPlatform Telegram, DispatcherHarness Harness) Create()
    {
        var time = new FakeTimeProvider();
        var store = new InMemoryNoticeStore();
        var telegram = new FakeChatPlatform(time);
        return (time, store, telegram, new DispatcherHarness(store, time, telegram));
    }
}
