using System.Reflection;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using MoocBot.Core.Notices;

namespace MoocBot.Tests.Cli;

public sealed class MoocBotCommandLineTests : IDisposable
{
    private readonly CliStorageFolder _storage = new("moocbot-cli-");

    public void Dispose() => _storage.Dispose();

    [Fact]
    public async Task Version_PrintsTheInformationalVersionWithTheCommit()
    {
        var (code, output, error) = await RunAsync(["--version"]);

        var informational = typeof(MoocBot.Cli.MoocBotCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(0, code);
        Assert.Equal($"moocbot {informational}{Environment.NewLine}", output);
        Assert.Empty(error);

        // Built from a git clone, the version names the commit, as `git rev-parse HEAD` prints it.
        Assert.Matches("^moocbot [0-9]+\\.[0-9]+\\.[0-9]+.*\\+[0-9a-f]{40}$", output.TrimEnd());
    }

    [Fact]
    public async Task Ask_Question_PrintsFigureAndSource()
    {
        var (code, output, _) = await RunAsync(["ask", "how many moocs are there?"]);

        Assert.Equal(0, code);
        Assert.Contains("more than 97,000", output, StringComparison.Ordinal);
        Assert.Contains("Source: reported by Xinhua (People's Daily Online), 13 Dec 2024", output, StringComparison.Ordinal);
        Assert.DoesNotContain("“", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskJson_Question_PrintsTheDesignContract()
    {
        var (code, output, _) = await RunAsync(["ask", "--json", "how many moocs are there?"]);

        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal("how many moocs are there?", root.GetProperty("question").GetString());
        Assert.Equal("answered", root.GetProperty("status").GetString());
        Assert.InRange(root.GetProperty("confidence").GetDouble(), 0, 1);
        Assert.Contains("more than 97,000", root.GetProperty("answer").GetString(), StringComparison.Ordinal);
        var fact = root.GetProperty("facts")[0];
        Assert.Equal("national.moocs", fact.GetProperty("id").GetString());
        Assert.Equal(97000, fact.GetProperty("value").GetDecimal());
        Assert.Equal("more_than", fact.GetProperty("qualifier").GetString());
        Assert.Equal("2024-12", fact.GetProperty("asOf").GetString());
        Assert.Equal("2024-12-13", fact.GetProperty("source").GetProperty("date").GetString());
        Assert.Equal("Xinhua (People's Daily Online)", fact.GetProperty("source").GetProperty("publisher").GetString());
        Assert.Equal("Xinhua (People's Daily Online)", fact.GetProperty("source").GetProperty("title").GetString());
        Assert.Equal("http://en.people.cn/n3/2024/1213/c90000-20253499.html", fact.GetProperty("source").GetProperty("url").GetString());
        Assert.Equal("national.moocs", fact.GetProperty("measure").GetString());
        var history = fact.GetProperty("history").EnumerateArray().ToList();
        Assert.Equal([3200m, 15000m, 34000m, 52500m, 61900m, 62000m, 76000m, 97000m], history.Select(h => h.GetProperty("value").GetDecimal()));
        var article = history[5];
        Assert.Equal("2022-11", article.GetProperty("asOf").GetString());
        Assert.Equal("exact", article.GetProperty("qualifier").GetString());
        Assert.Equal("People's Daily", article.GetProperty("source").GetProperty("publisher").GetString());
        Assert.Equal("2023-01-02", article.GetProperty("source").GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, article.GetProperty("source").GetProperty("url").ValueKind);
    }

    [Fact]
    public async Task AskJson_QuestionQuotingAnOlderFigure_AnswersThatObservation()
    {
        var (_, output, _) = await RunAsync(["ask", "--json", "what does 402 million refer to?"]);

        using var document = JsonDocument.Parse(output);
        var fact = document.RootElement.GetProperty("facts")[0];
        Assert.Equal("national.registered-users", fact.GetProperty("measure").GetString());
        Assert.Equal(402_000_000m, fact.GetProperty("value").GetDecimal());
        Assert.StartsWith("The reporter learned from the Ministry of Education", fact.GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains("Latest: 483 million (Dec 2024, Global Times).", document.RootElement.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskJson_OtherCountry_AddsReasonField()
    {
        var (_, output, _) = await RunAsync(["ask", "--json", "how many moocs does india have"]);

        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal("not_found", root.GetProperty("status").GetString());
        Assert.Equal("other_country", root.GetProperty("reason").GetString());
        Assert.Contains("I only know China's MOOC figures, from People's Daily (2 Jan 2023) and 8 cited reports", root.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskJson_Answered_HasNoReasonField()
    {
        var (_, output, _) = await RunAsync(["ask", "--json", "how many moocs are there?"]);

        using var document = JsonDocument.Parse(output);
        Assert.False(document.RootElement.TryGetProperty("reason", out _));
    }

    [Fact]
    public async Task AskJson_NotFound_HasEmptyFacts()
    {
        var (_, output, _) = await RunAsync(["ask", "--json", "what is the weather in Paris tomorrow?"]);

        using var document = JsonDocument.Parse(output);
        Assert.Equal("not_found", document.RootElement.GetProperty("status").GetString());
        Assert.Equal(0, document.RootElement.GetProperty("facts").GetArrayLength());
    }

    [Fact]
    public async Task AskJson_StandardInput_WritesOneObjectPerLineInOrder()
    {
        var (code, output, _) = await RunAsync(["ask", "--json"], "how many moocs?\nregistered users\n\npercentage of western universities\n");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        var questions = lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("question").GetString()).ToList();
        Assert.Equal(["how many moocs?", "registered users", "", "percentage of western universities"], questions);
        using var percent = JsonDocument.Parse(lines[3]);
        Assert.Equal(97.3m, percent.RootElement.GetProperty("facts")[0].GetProperty("value").GetDecimal());
        Assert.Equal("%", percent.RootElement.GetProperty("facts")[0].GetProperty("unit").GetString());
    }

    [Fact]
    public async Task AskJson_FlushFlag_IsNotPartOfTheQuestion()
    {
        var (code, output, _) = await RunAsync(["ask", "--json", "--flush", "how many moocs?"]);

        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(output);
        Assert.Equal("how many moocs?", json.RootElement.GetProperty("question").GetString());
        Assert.Equal("answered", json.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task AskJson_StandardInputWithFlush_WritesEveryLine()
    {
        var (code, output, _) = await RunAsync(["ask", "--json", "--flush"], "how many moocs?\nregistered users\n");

        Assert.Equal(0, code);
        Assert.Equal(2, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task Ask_BrokenRepositoryAfterASoundOne_IsCheckedAndRefused()
    {
        var (sound, _, _) = await RunAsync(["ask", "how many moocs?"]);
        Environment.SetEnvironmentVariable("Facts__Path", CopyRepository("\"value\": 402000000", "\"value\": 402000001"));

        var (code, _, error) = await RunAsync(["ask", "how many moocs?"]);

        Assert.Equal(0, sound);
        Assert.Equal(1, code);
        Assert.Contains("Fact 'national.registered-users'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_NoQuestion_PrintsUsageAndFails()
    {
        var (code, _, error) = await RunAsync(["ask"]);

        Assert.Equal(2, code);
        Assert.Contains("Usage", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownVerb_FailsWithHint()
    {
        var (code, _, error) = await RunAsync(["frobnicate"]);

        Assert.Equal(2, code);
        Assert.Contains("moocbot help", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_ListsEveryVerbAndOptionWithoutReadingSettings(string help)
    {
        // A settings file that cannot be read would stop any verb that reads it; help reads none.
        Environment.SetEnvironmentVariable("Facts__WatchInterval", "banana");
        try
        {
            var (code, output, error) = await RunAsync([help]);

            Assert.Equal(0, code);
            Assert.Empty(error);
            Assert.Contains("Usage:", output, StringComparison.Ordinal);
            foreach (var expected in new[] { "moocbot ask [--chat <id>] [--json [--flush]] [<question>...]", "moocbot chart [<measure>] -o <file.png>", "moocbot explain <question>", "moocbot facts check", "moocbot facts diff <old> <new>", "moocbot facts suggestions [--days N] [--top N]", "moocbot health [--url http://host:port]", "--console", "--urls <address>", "--version" })
            {
                Assert.Contains(expected, output, StringComparison.Ordinal);
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable("Facts__WatchInterval", null);
        }
    }

    [Fact]
    public async Task VerbHelp_DescribesItsArgumentsAndOptions()
    {
        var (code, output, _) = await RunAsync(["facts", "suggestions", "--help"]);

        Assert.Equal(0, code);
        Assert.Contains("moocbot facts suggestions [options]", output, StringComparison.Ordinal);
        Assert.Contains("--days <N>", output, StringComparison.Ordinal);
        Assert.Contains("--top <N>", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "[suggest:2]", "fa" }, "facts")]
    [InlineData(new[] { "[suggest:7]", "facts s" }, "suggestions")]
    [InlineData(new[] { "[suggest:6]", "ask --" }, "--json")]
    [InlineData(new[] { "[suggest:10]", "health --u" }, "--url")]
    public async Task SuggestDirective_CompletesVerbsAndOptions(string[] args, string expected)
    {
        var (code, output, _) = await RunAsync(args);

        Assert.Equal(0, code);
        Assert.Contains(expected, output.Split(Environment.NewLine), StringComparer.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "--conosle" }, "Unrecognized command or argument '--conosle'.")]
    [InlineData(new[] { "health", "--verbose" }, "Unrecognized command or argument '--verbose'.")]
    [InlineData(new[] { "facts", "diff", "old.json" }, "Usage: moocbot facts diff <old> <new>")]
    [InlineData(new[] { "facts", "frobnicate" }, "Unrecognized command or argument 'frobnicate'.")]
    public async Task ParseError_ExitsTwoSayingWhatIsWrongAndChangesNothing(string[] args, string expected)
    {
        var (code, output, error) = await RunAsync(args);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(expected, error, StringComparison.Ordinal);
        Assert.Contains("moocbot help", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_QuestionStartingWithAt_IsAQuestionNotAResponseFile()
    {
        var (code, output, _) = await RunAsync(["ask", "--json", "@moocbot how many moocs are there?"]);

        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(output);
        Assert.Equal("@moocbot how many moocs are there?", document.RootElement.GetProperty("question").GetString());
    }

    [Fact]
    public async Task FactsCheck_RealRepository_ReportsNoProblems()
    {
        var (code, output, error) = await RunAsync(["facts", "check"]);

        Assert.True(code == 0, error);
        Assert.Contains("no problems", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ConsoleChat_AnswersEachLineAndExitsAtEndOfInput()
    {
        var (code, output, _) = await RunAsync([], "how many registered users?\n/help\n");

        Assert.Equal(0, code);
        Assert.Contains("402 million", output, StringComparison.Ordinal);
        Assert.Contains("/fact", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_ConsoleChat_ChineseQuestion_GetsAChineseReplyWithWanYiAndAChineseSource()
    {
        var (code, output, _) = await RunAsync([], "中国有多少门慕课？\n慕课学习人次有多少\n平台覆盖多少个学科门类\n");

        Assert.Equal(0, code);
        Assert.Contains("中国的慕课（大规模开放在线课程）数量：超过9.7万门（截至2024年12月）。", output, StringComparison.Ordinal);
        Assert.Contains("来源：新华社（人民网）报道，2024年12月13日", output, StringComparison.Ordinal);
        Assert.Contains("约13.9亿人次", output, StringComparison.Ordinal);
        Assert.Contains("来源：人民日报，2023年1月2日，记者丁雅诵；数据来自教育部", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Source:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskJson_ChineseQuestion_AnswerIsTheChineseReply()
    {
        var (code, output, _) = await RunAsync(["ask", "--json", "MOOC有多少"]);

        Assert.Equal(0, code);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.StartsWith("中国的慕课（大规模开放在线课程）数量：超过9.7万门", json.RootElement.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Equal(97000m, json.RootElement.GetProperty("facts")[0].GetProperty("value").GetDecimal());
    }

    [Fact]
    public async Task Run_BrokenFactsPath_StopsWithMessageNamingTheSetting()
    {
        Environment.SetEnvironmentVariable("Facts__Path", "/nonexistent/facts.json");
        try
        {
            var (code, _, error) = await RunAsync([], string.Empty);

            Assert.Equal(1, code);
            Assert.Contains("Facts__Path", error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Facts__Path", null);
        }
    }

    [Fact]
    public async Task Run_FactsWatchIntervalZero_StopsNamingTheSetting()
    {
        Environment.SetEnvironmentVariable("Facts__WatchInterval", "00:00:00");
        try
        {
            var (code, _, error) = await RunAsync([], string.Empty);

            Assert.Equal(1, code);
            Assert.Contains("Facts__WatchInterval", error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Facts__WatchInterval", null);
        }
    }

    [Fact]
    public async Task FactsCheck_WrongValue_FailsNamingTheFactAndTheProblem()
    {
        Environment.SetEnvironmentVariable("Facts__Path", CopyRepository("\"value\": 402000000", "\"value\": 402000001"));

        var (code, _, error) = await RunAsync(["facts", "check"]);

        Assert.Equal(1, code);
        Assert.Contains("Fact 'national.registered-users'", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MalformedTelegramToken_StopsNamingTheSettingWithoutPrintingIt()
    {
        const string Token = "12345:this-is-not-a-real-token";
        Environment.SetEnvironmentVariable("Telegram__BotToken", Token);
        try
        {
            var (code, output, error) = await RunAsync([]);

            Assert.Equal(1, code);
            Assert.Contains("Telegram__BotToken", error, StringComparison.Ordinal);
            Assert.DoesNotContain(Token, error + output, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Telegram__BotToken", null);
        }
    }

    [Fact]
    public async Task Run_DiscordHalfConfigured_StopsNamingTheMissingSettings()
    {
        Environment.SetEnvironmentVariable("Discord__ApplicationId", "123456789012345678");
        try
        {
            var (code, _, error) = await RunAsync(["--urls", "http://127.0.0.1:0"]);

            Assert.Equal(1, code);
            Assert.Contains("Discord__PublicKey", error, StringComparison.Ordinal);
            Assert.Contains("Discord__BotToken", error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Discord__ApplicationId", null);
        }
    }

    [Fact]
    public async Task FactsPublish_FirstThenChanged_RecordsThenQueuesNoticesForSubscribers()
    {
        var (firstCode, first, _) = await RunAsync(["facts", "publish"]);
        await SubscribeAsync("telegram", "1001", "national");
        Environment.SetEnvironmentVariable("Facts__Path", CopyRepository("\"display\": \"more than 97,000\",\n          \"asOf\": \"2024-12\"", "\"display\": \"more than 97,000\",\n          \"asOf\": \"2024-11\""));

        var (code, second, error) = await RunAsync(["facts", "publish"]);
        var (_, third, _) = await RunAsync(["facts", "publish"]);

        Assert.Equal(0, firstCode);
        Assert.Contains("first published version", first, StringComparison.Ordinal);
        Assert.True(code == 0, error);
        Assert.Contains("1 changed", second, StringComparison.Ordinal);
        Assert.Contains("1 deliver", second, StringComparison.Ordinal);
        Assert.Contains("already published (at ", third, StringComparison.Ordinal);
        Assert.Contains(" by `facts publish` on ", third, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FactsDiff_ChangedFigure_ListsOldAndNew()
    {
        var original = Path.Combine(AppContext.BaseDirectory, "data", "facts.json");
        var changed = CopyRepository("\"value\": 483000000", "\"value\": 490000000");
        File.WriteAllText(changed, File.ReadAllText(changed).Replace("\"display\": \"483 million\"", "\"display\": \"490 million\"", StringComparison.Ordinal));

        var (code, output, error) = await RunAsync(["facts", "diff", original, changed]);

        Assert.True(code == 0, error);
        Assert.Contains("1 changed", output, StringComparison.Ordinal);
        Assert.Contains("Registered MOOC users: 483 million (Dec 2024, Global Times) → 490 million (Dec 2024, Global Times)", output, StringComparison.Ordinal);
    }

    private static async Task SubscribeAsync(string platform, string chatId, string topic)
    {
        var configuration = MoocBot.Hosting.BotConfiguration.Build([]);
        var repository = MoocBot.Core.Facts.FactRepositoryLoader.Load(Path.Combine(AppContext.BaseDirectory, "data", "facts.json"));
        using var host = MoocBot.Hosting.BotHost.BuildOffline(configuration, repository);
        var store = host.Services.GetRequiredService<INoticeStore>();
        await store.SetTopicsAsync(platform, chatId, isGroup: false, [topic], TimeProvider.System.GetUtcNow(), CancellationToken.None);
    }

    /// <summary>Copies the real repository into the test folder with one textual change; returns the facts path.</summary>
    private string CopyRepository(string find, string replace)
    {
        var data = Path.Combine(AppContext.BaseDirectory, "data");
        var target = Path.Combine(_storage.Folder.FullName, "data-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(target, "articles"));
        foreach (var article in Directory.GetFiles(Path.Combine(data, "articles")))
        {
            File.Copy(article, Path.Combine(target, "articles", Path.GetFileName(article)));
        }

        File.Copy(Path.Combine(data, "vocabulary.txt"), Path.Combine(target, "vocabulary.txt"));
        var original = File.ReadAllText(Path.Combine(data, "facts.json"));
        Assert.Contains(find, original, StringComparison.Ordinal);
        var facts = Path.Combine(target, "facts.json");
        File.WriteAllText(facts, original.Replace(find, replace, StringComparison.Ordinal));
        return facts;
    }

    private static Task<(int Code, string Output, string Error)> RunAsync(string[] args, string input = "") =>
        CommandLineRunner.RunAsync(args, input);
}
