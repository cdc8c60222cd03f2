using System.Text.Json;

namespace MoocBot.Tests.Cli;

/// <summary>A conversation held through the command line and the console chat: follow-ups read against the question before.</summary>
public sealed class AskChatTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("moocbot-chat-");

    public AskChatTests()
    {
        Environment.SetEnvironmentVariable("Storage__ConnectionString", "Data Source=" + Path.Combine(_folder.FullName, "bot.db"));
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("Storage__ConnectionString", null);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task Run_ConsoleChat_AndInTheWestFollowsTheNationalMoocFigure()
    {
        var (code, output, _) = await CommandLineRunner.RunAsync([], "how many MOOCs does China have?\nand in the west?\n");

        Assert.Equal(0, code);
        var replies = output.Split(Environment.NewLine + Environment.NewLine);
        Assert.Contains("97,000", replies[0], StringComparison.Ordinal);
        Assert.Contains("172,900", replies[1], StringComparison.Ordinal);
        Assert.Contains("western China", replies[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Teachers", replies[1], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Ask_Chat_ProcessesInTurnHoldOneConversationThroughTheStore()
    {
        var (first, _, _) = await CommandLineRunner.RunAsync(["ask", "--chat", "script-1", "how many MOOCs does China have?"]);
        var (code, west, error) = await CommandLineRunner.RunAsync(["ask", "--chat", "script-1", "--json", "and in the west?"]);
        var (_, elsewhere, _) = await CommandLineRunner.RunAsync(["ask", "--chat", "script-2", "--json", "and in the west?"]);
        var (_, plain, _) = await CommandLineRunner.RunAsync(["ask", "--json", "how many MOOCs does China have?"]);

        Assert.Equal((0, 0), (first, code));
        Assert.Empty(error);
        using var json = JsonDocument.Parse(west);
        Assert.Equal("how many MOOCs does China have?", json.RootElement.GetProperty("followUpOf").GetString());
        Assert.Equal("answered", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("west.course-services", json.RootElement.GetProperty("facts")[0].GetProperty("id").GetString());
        Assert.Contains("172,900", json.RootElement.GetProperty("answer").GetString(), StringComparison.Ordinal);
        using var other = JsonDocument.Parse(elsewhere);
        Assert.False(other.RootElement.TryGetProperty("followUpOf", out _));
        Assert.Equal("not_found", other.RootElement.GetProperty("status").GetString());
        using var alone = JsonDocument.Parse(plain);
        Assert.False(alone.RootElement.TryGetProperty("followUpOf", out _));
    }

    [Fact]
    public async Task Ask_ChatWithJsonLines_EachLineFollowsTheOneBefore()
    {
        var (code, output, _) = await CommandLineRunner.RunAsync(["ask", "--json", "--chat", "lines"], "how many registered users?\nand in 2022?\nwhere is that from?\n");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(0, code);
        Assert.Equal(3, lines.Count);
        Assert.Equal("2022-11", lines[1].GetProperty("facts")[0].GetProperty("asOf").GetString());
        Assert.Equal("and in 2022?", lines[2].GetProperty("followUpOf").GetString());
    }

    [Theory]
    [InlineData("--chat")]
    [InlineData("--chat", "--json")]
    public async Task Ask_ChatWithoutAnId_ExplainsAndChangesNothing(params string[] options)
    {
        var (code, output, error) = await CommandLineRunner.RunAsync(["ask", .. options]);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("--chat needs a conversation id", error, StringComparison.Ordinal);
    }
}
