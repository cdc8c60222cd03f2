using System.Collections.Concurrent;
using MoocBot.Core.Conversations;

namespace MoocBot.Core.Tests.Conversations;

/// <summary>A language store in memory, for router tests; <see cref="Fail"/> makes every call throw.</summary>
internal sealed class MemoryChatLanguageStore : IChatLanguageStore
{
    private readonly ConcurrentDictionary<(string, string), ChatLanguage> _languages = new();

    private int _reads;

    public bool Fail { get; set; }

    /// <summary>How many times a chat's language was looked up.</summary>
    public int Reads => _reads;

    public Task<ChatLanguage> FindLanguageAsync(string platform, string chatId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return Fail ? throw new InvalidOperationException("store down") : Task.FromResult(_languages.GetValueOrDefault((platform, chatId)));
    }

    public Task SetLanguageAsync(string platform, string chatId, ChatLanguage language, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            throw new InvalidOperationException("store down");
        }

        _languages[(platform, chatId)] = language;
        return Task.CompletedTask;
    }
}
