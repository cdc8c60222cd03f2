using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests.Conversations;

internal static class RouterFactory
{
    private static readonly Lazy<FactRepository> Repository = new(() => FactRepositoryLoader.Load(TestData.FactsPath));

    public static ConversationRouter Create(TimeProvider? timeProvider = null, params IChatCommand[] commands) =>
        Create(timeProvider, languages: null, commands);

    public static ConversationRouter Create(TimeProvider? timeProvider, IChatLanguageStore? languages, params IChatCommand[] commands)
    {
        var services = new ServiceCollection()
            .AddSingleton(timeProvider ?? TimeProvider.System)
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>));
        if (languages is not null)
        {
            services.AddSingleton(languages);
        }

        foreach (var command in commands)
        {
            services.AddSingleton(command);
        }

        return services
            .AddMoocBotCore(Repository.Value)
            .BuildServiceProvider()
            .GetRequiredService<ConversationRouter>();
    }

    public static ChatMessage Private(string text) => new("console", "chat-1", "user-1", text, IsGroup: false, MentionsBot: false) { BotUserName = "MoocBot" };

    public static ChatMessage Group(string text, bool mentionsBot = false) => new("telegram", "-100", "user-1", text, IsGroup: true, mentionsBot) { BotUserName = "MoocBot" };
}
