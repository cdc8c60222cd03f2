using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using MoocBot.Core.Conversations;
using MoocBot.Core.Conversations.FollowUps;
using MoocBot.Core.Tests.Answering;

namespace MoocBot.Core.Tests.Conversations.FollowUps;

/// <summary>The real repository's answerer with follow-ups over an in-memory context store and a fake clock.</summary>
internal sealed class Conversation
{
    private readonly ServiceProvider _services;

    public Conversation(IConversationContextStore? store = null)
    {
        var services = new ServiceCollection()
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        if (store is not null)
        {
            services.AddSingleton(store);
        }

        _services = services.AddMoocBotCore(RealRepository.Repository).BuildServiceProvider();
        Answerer = _services.GetRequiredService<FollowUpAnswerer>();
        Router = _services.GetRequiredService<ConversationRouter>();
    }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 12, 5, 8, 0, 0, TimeSpan.Zero));

    public FollowUpAnswerer Answerer { get; }

    public ConversationRouter Router { get; }

    public static ChatMessage Message(string text, string user = "user-1", string chat = "chat-1", bool group = false) =>
        new("telegram", chat, user, text, group, MentionsBot: true) { BotUserName = "MoocBot" };

    public Task<ConversationTurn> AskAsync(string text, string user = "user-1", string chat = "chat-1") =>
        Answerer.AnswerAsync(Message(text, user, chat), ConversationRouter.Clean(text), CancellationToken.None);
}
