using System.Text;
using System.Text.Json;
using MoocBot.Telegram.Receiving;

namespace MoocBot.Telegram.Tests.Receiving;

public sealed class TelegramUpdateReaderTests
{
    private const string Update = """{"update_id":7,"message":{"message_id":1,"date":1764892800,"chat":{"id":42,"type":"private"},"text":"how many moocs?"}}""";

    [Theory]
    [InlineData("")]
    [InlineData("\uFEFF")]
    public async Task ReadAsync_Update_ReadWithItsId(string lead)
    {
        var (update, updateId, error) = await ReadAsync(lead + Update);

        Assert.Null(error);
        Assert.Equal(7, updateId);
        Assert.Equal("how many moocs?", update?.Message?.Text);
    }

    [Theory]
    [InlineData("""{"message":{"update_id":7}}""")]
    [InlineData("""{"update_id":"7"}""")]
    [InlineData("""[{"update_id":7}]""")]
    public async Task ReadAsync_NoTopLevelWholeNumberId_NoUpdateAndSaysWhy(string body)
    {
        var (update, updateId, error) = await ReadAsync(body);

        Assert.Null(update);
        Assert.Null(updateId);
        Assert.Equal("it has no update_id", error);
    }

    [Fact]
    public async Task ReadAsync_IdButUnreadableUpdate_IdKeptAndTheReasonGiven()
    {
        var (update, updateId, error) = await ReadAsync("""{"update_id":8,"message":{"chat":"not a chat"}}""");

        Assert.Null(update);
        Assert.Equal(8, updateId);
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Theory]
    [InlineData("")]
    [InlineData("""{"update_id":7""")]
    [InlineData("""{"update_id":7} trailing""")]
    public async Task ReadAsync_NotJson_Throws(string body) =>
        await Assert.ThrowsAnyAsync<JsonException>(() => ReadAsync(body));

    private static async Task<(global::Telegram.Bot.Types.Update? Update, int? UpdateId, string? Error)> ReadAsync(string body)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(body));
        return await TelegramUpdateReader.ReadAsync(stream, CancellationToken.None);
    }
}
