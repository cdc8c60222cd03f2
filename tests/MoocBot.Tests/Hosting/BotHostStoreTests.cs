using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using MoocBot.Core.Conversations;
using MoocBot.Core.Notices;
using MoocBot.Storage;
using MoocBot.Tests.Fakes;

namespace MoocBot.Tests.Hosting;

/// <summary>The real SQLite store under the running bot: its file deleted, replaced or read-only.</summary>
public sealed class BotHostStoreTests : IDisposable
{
    private const string NotSaved = "I couldn't save that, so nothing changed for this chat. Please try again later.";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("moocbot-store-");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Subscribe_SqliteFileDeletedWhileRunning_RepliesNotSavedAndHealthzIsUnhealthy()
    {
        await using var bot = await StartAsync();
        Assert.StartsWith("Subscribed to all figures.", await SendAsync(bot, "/subscribe"), StringComparison.Ordinal);

        File.Delete(bot.DatabasePath);
        var reply = await SendAsync(bot, "/subscribe west");
        var (status, store) = await StoreHealthAsync(bot);

        Assert.Equal(NotSaved, reply);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("was deleted while the bot was running", store, StringComparison.Ordinal);
        Assert.False(File.Exists(bot.DatabasePath));
    }

    [Fact]
    public async Task Subscribe_SqliteFileReplacedWhileRunning_RepliesNotSavedAndHealthzIsUnhealthy()
    {
        await using var bot = await StartAsync();
        var other = Path.Combine(_folder.FullName, "other.db");
        File.Copy(bot.DatabasePath, other);

        File.Move(other, bot.DatabasePath, overwrite: true);
        var reply = await SendAsync(bot, "/subscribe");
        var (status, store) = await StoreHealthAsync(bot);

        Assert.Equal(NotSaved, reply);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("was replaced while the bot was running", store, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_ReadOnlyStore_RepliesNotSavedAndHealthzIsUnhealthy()
    {
        var path = Path.Combine(_folder.FullName, "read-only.db");
        using (var writable = new SqliteNoticeStore("Data Source=" + path))
        {
            await writable.MigrateAsync(CancellationToken.None);
        }

        // Root ignores file permissions; SQLite's read-only mode is refused to root as well.
        await using var bot = await StartAsync(new() { ["Storage:ConnectionString"] = $"Data Source={path};Mode=ReadOnly" });
        var reply = await SendAsync(bot, "/subscribe");
        var (status, store) = await StoreHealthAsync(bot);

        Assert.Equal(NotSaved, reply);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Contains("refuses writes", store, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_StoreWritten_StaysHealthy()
    {
        await using var bot = await StartAsync();
        await SendAsync(bot, "/subscribe");
        await SendAsync(bot, "/unsubscribe");

        var (status, store) = await StoreHealthAsync(bot);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("answers", store, StringComparison.Ordinal);
    }

    private static Task<TestBot> StartAsync(Dictionary<string, string?>? settings = null) =>
        TestBot.StartAsync(settings, b => b.Services.AddSingleton<IChatSender, NullSender>());

    private static async Task<string> SendAsync(TestBot bot, string text)
    {
        var message = new ChatMessage("telegram", "7", "7", text, IsGroup: false, MentionsBot: true);
        var reply = await bot.Services.GetRequiredService<ConversationRouter>().HandleAsync(message, CancellationToken.None);
        return reply!.ToPlainText();
    }

    private static async Task<(HttpStatusCode Status, string StoreDescription)> StoreHealthAsync(TestBot bot)
    {
        using var response = await bot.Client.GetAsync("/healthz");
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response.StatusCode, body.RootElement.GetProperty("checks").GetProperty("store").GetProperty("description").GetString()!);
    }

    /// <summary>Lets /subscribe accept telegram chats; no notice is sent in these tests.</summary>
    private sealed class NullSender : IChatSender
    {
        public string Platform => "telegram";

        public Task<SendResult> SendAsync(string chatId, Reply reply, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
