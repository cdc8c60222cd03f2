using Microsoft.Extensions.DependencyInjection;
using MoocBot.Cli;
using MoocBot.Core.Diagnostics;
using MoocBot.Core.Facts;
using MoocBot.Hosting;

namespace MoocBot.Tests.Cli;

public sealed class FactsSuggestionsTests : IDisposable
{
    private const string Unanswerable = "what is the weather in Paris tomorrow?";

    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("moocbot-suggestions-");

    public FactsSuggestionsTests()
    {
        Environment.SetEnvironmentVariable("Storage__ConnectionString", "Data Source=" + Path.Combine(_folder.FullName, "bot.db"));
    }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("Storage__ConnectionString", null);
        Environment.SetEnvironmentVariable("Diagnostics__UnansweredLog__Enabled", null);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _folder.Delete(recursive: true);
    }

    [Fact]
    public async Task FactsSuggestions_LoggedQuestions_ListsTheMostFrequentWithCountAndLastSeen()
    {
        var now = TimeProvider.System.GetUtcNow();
        await LogAsync(
            Question("How many MOOCs in Africa?", now - TimeSpan.FromDays(2)),
            Question("how many moocs in africa", now - TimeSpan.FromHours(1)),
            Question("number of teachers in Tibet", now - TimeSpan.FromDays(1)),
            Question("ancient question", now - TimeSpan.FromDays(40)));

        var (code, output, error) = await RunAsync(["facts", "suggestions"]);

        Assert.True(code == 0, error);
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        Assert.Contains("The 2 most frequent unanswered question(s) in the last 30 day(s):", lines);
        var africa = Array.FindIndex(lines, l => l.EndsWith("how many moocs in africa", StringComparison.Ordinal));
        var tibet = Array.FindIndex(lines, l => l.EndsWith("number of teachers in tibet", StringComparison.Ordinal));
        Assert.True(africa >= 0 && tibet > africa, output);
        Assert.StartsWith("2  " + (now - TimeSpan.FromHours(1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), lines[africa], StringComparison.Ordinal);
        Assert.DoesNotContain("ancient", output, StringComparison.Ordinal);
        Assert.Contains("aliases", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FactsSuggestions_DaysAndTop_NarrowTheList()
    {
        var now = TimeProvider.System.GetUtcNow();
        await LogAsync(
            Question("ancient question", now - TimeSpan.FromDays(40)),
            Question("ancient question", now - TimeSpan.FromDays(41)),
            Question("recent question", now - TimeSpan.FromHours(1)));

        var (_, wide, _) = await RunAsync(["facts", "suggestions", "--days", "60", "--top", "1"]);
        var (_, narrow, _) = await RunAsync(["facts", "suggestions", "--days", "1"]);

        Assert.Contains("ancient question", wide, StringComparison.Ordinal);
        Assert.DoesNotContain("recent question", wide, StringComparison.Ordinal);
        Assert.Contains("recent question", narrow, StringComparison.Ordinal);
        Assert.DoesNotContain("ancient question", narrow, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FactsSuggestions_NothingLoggedAndLogOff_SaysHowToTurnItOn()
    {
        var (code, output, _) = await RunAsync(["facts", "suggestions"]);

        Assert.Equal(0, code);
        Assert.Contains("No unanswered questions", output, StringComparison.Ordinal);
        Assert.Contains("Diagnostics__UnansweredLog__Enabled=true", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--days")]
    [InlineData("--days", "0")]
    [InlineData("--top", "-3")]
    [InlineData("--top", "many")]
    [InlineData("extra")]
    public async Task FactsSuggestions_BadArguments_PrintsUsage(params string[] args)
    {
        var (code, _, error) = await RunAsync(["facts", "suggestions", .. args]);

        Assert.Equal(2, code);
        Assert.Contains(FactsSuggestions.Usage, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_LogOn_NeverLogsTheQuestion()
    {
        Environment.SetEnvironmentVariable("Diagnostics__UnansweredLog__Enabled", "true");

        var (askCode, _, _) = await RunAsync(["ask", Unanswerable]);
        var (jsonCode, json, _) = await RunAsync(["ask", "--json", Unanswerable]);
        var (linesCode, _, _) = await RunAsync(["ask", "--json"], Unanswerable + "\n" + Unanswerable + "\n");
        var (_, suggestions, _) = await RunAsync(["facts", "suggestions"]);

        Assert.Equal((0, 0, 0), (askCode, jsonCode, linesCode));
        Assert.Contains("not_found", json, StringComparison.Ordinal);
        Assert.Contains("No unanswered questions", suggestions, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ConsoleChatWithTheLogOn_LogsWhatItCouldNotAnswer()
    {
        Environment.SetEnvironmentVariable("Diagnostics__UnansweredLog__Enabled", "true");

        var (code, _, _) = await RunAsync([], Unanswerable + "\nhow many moocs are there?\n" + Unanswerable + "\n");
        var (_, suggestions, _) = await RunAsync(["facts", "suggestions"]);

        Assert.Equal(0, code);
        Assert.Contains("2  ", suggestions, StringComparison.Ordinal);
        Assert.Contains("what is the weather in paris tomorrow", suggestions, StringComparison.Ordinal);
        Assert.DoesNotContain("how many moocs are there", suggestions, StringComparison.Ordinal);
    }

    private static UnansweredQuestion Question(string text, DateTimeOffset at) => UnansweredQuestion.Create("telegram", text, at, 300);

    private static async Task LogAsync(params UnansweredQuestion[] questions)
    {
        var repository = FactRepositoryLoader.Load(Path.Combine(AppContext.BaseDirectory, "data", "facts.json"));
        using var host = BotHost.BuildOffline(BotConfiguration.Build([]), repository);
        await host.Services.GetRequiredService<IUnansweredQuestionLog>().AddAsync(questions, CancellationToken.None);
    }

    private static Task<(int Code, string Output, string Error)> RunAsync(string[] args, string input = "") =>
        CommandLineRunner.RunAsync(args, input);
}
