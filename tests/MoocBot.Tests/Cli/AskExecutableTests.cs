using MoocBot.Ask;

namespace MoocBot.Tests.Cli;

/// <summary>
/// <c>moocbot-ask</c> (src/MoocBot.Ask, the small native executable) prints what <c>moocbot ask --json</c> and
/// <c>moocbot explain</c> print, byte for byte: both command lines run in process, each as its own program would
/// (MoocBot.Ask.Tests checks that its process writes into a pipe what it writes in process).
/// </summary>
public sealed class AskExecutableTests
{
    /// <summary>Every question of the answerer's question sets and rule cases, and of the process benchmark's sample.</summary>
    public static TheoryData<string> QuestionFiles() =>
    [
        "tests/MoocBot.Core.Tests/Answering/questions.tsv",
        "tests/MoocBot.Core.Tests/Answering/questions-unseen-2026-12.tsv",
        "tests/MoocBot.Core.Tests/Answering/questions-zh-2026-12.tsv",
        "tests/MoocBot.Core.Tests/Answering/questions-zh-followups-2026-12.tsv",
        "tests/MoocBot.Core.Tests/Answering/fact-answerer-cases.tsv",
        "bench/questions.txt",
    ];

    [Theory]
    [MemberData(nameof(QuestionFiles))]
    public async Task StandardInput_QuestionSet_SameLinesAsMoocbotAskJson(string file)
    {
        var questions = Questions(file);
        var input = string.Join('\n', questions) + "\n";

        var (moocbotCode, moocbot, moocbotError) = await CommandLineRunner.RunAsync(["ask", "--json"], input);
        var (askCode, ask, askError) = await RunAskAsync(["--json"], input);

        Assert.Equal((0, 0), (moocbotCode, askCode));
        Assert.Empty(moocbotError + askError);
        Assert.Equal(questions.Count, ask.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(moocbot, ask);
    }

    [Theory]
    [InlineData("How many MOOCs are there in China?")]
    [InlineData("MOOC有多少")]
    [InlineData("how many moocs does india have")]
    [InlineData("how many MOOCs were there in 2021?")]
    public async Task OneQuestion_SameLineAsMoocbotAskJson(string question)
    {
        var (_, moocbot, _) = await CommandLineRunner.RunAsync(["ask", "--json", question]);
        var (code, ask, error) = await RunAskAsync(["--json", question]);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Equal(moocbot, ask);
    }

    [Fact]
    public async Task Explain_SameTraceAsMoocbotExplain()
    {
        var (_, moocbot, _) = await CommandLineRunner.RunAsync(["explain", "how many universities are there in China?"]);
        var (code, ask, _) = await RunAskAsync(["--explain", "how many universities are there in China?"]);

        Assert.Equal(0, code);
        Assert.StartsWith("time:", ask, StringComparison.Ordinal);
        Assert.Equal(moocbot, ask);
    }

    private static async Task<(int Code, string Output, string Error)> RunAskAsync(string[] args, string input = "")
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await AskCommandLine.RunAsync(args, new StringReader(input), output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Each field of each line but the expected answer at its end (rule names of the rule cases included: they are text too).</summary>
    private static List<string> Questions(string file)
    {
        var path = RepositoryFile(file);
        var lines = File.ReadAllLines(path).Where(line => line.Length > 0 && !line.StartsWith('#'));
        return path.EndsWith(".tsv", StringComparison.Ordinal)
            ? [.. lines.SelectMany(line => line.Split('\t').SkipLast(1))]
            : [.. lines];
    }

    private static string RepositoryFile(string relative)
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, relative);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException($"{relative} was not found above {AppContext.BaseDirectory}.");
    }
}
