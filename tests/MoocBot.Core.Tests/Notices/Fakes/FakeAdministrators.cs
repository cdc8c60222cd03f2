using MoocBot.Core.Conversations;

namespace MoocBot.Core.Tests.Notices.Fakes;

/// <summary>A platform's admin check that knows a fixed set of administrators.</summary>
internal sealed class FakeAdministrators(string platform, params string[] administrators) : IChatAdministrators
{
    public string Platform => platform;

    public int Checks { get; private set; }

    public Task<bool> IsAdministratorAsync(ChatMessage message, CancellationToken cancellationToken)
    {
        Checks++;
        return Task.FromResult(administrators.Contains(message.UserId));
    }
}
