using System.Reflection;
using System.Text.Json;

namespace MoocBot.Ask.Tests;

public sealed class AskCommandLineTests
{
    [Fact]
    public async Task Question_PrintsOneJsonObjectWithTheFigure()
    {
        var (code, output, error) = await RunAsync(["--json", "how many moocs are there?"]);

        Assert.Equal(0, code);
        Assert.Empty(error);
        using var answer = JsonDocument.Parse(output);
        Assert.Equal("answered", answer.RootElement.GetProperty("status").GetString());
        Assert.Equal("national.moocs", answer.RootElement.GetProperty("facts")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task StandardInput_OneLinePerQuestionInOrder()
    {
        var (code, output, _) = await RunAsync([], "how many moocs?\nregistered users\n\n");

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(0, code);
        Assert.Equal(3, lines.Length);
        Assert.Equal(["how many moocs?", "registered users", ""], lines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("question").GetString()));
    }

    [Fact]
    public async Task Version_PrintsTheInformationalVersion()
    {
        var (code, output, _) = await RunAsync(["--version"]);

        var informational = typeof(AskCommandLine).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        Assert.Equal(0, code);
        Assert.Equal($"moocbot-ask {informational}{Environment.NewLine}", output);
    }

    [Fact]
    public async Task Help_NamesEveryOptionAndWhereTheOtherVerbsAre()
    {
        var (code, output, _) = await RunAsync(["--help"]);

        Assert.Equal(0, code);
        foreach (var expected in new[] { "--json", "--flush", "--explain", "--version", "Facts__Path", "moocbot" })
        {
            Assert.Contains(expected, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task UnknownOption_ExitsTwoWithTheUsage()
    {
        var (code, output, error) = await RunAsync(["--jsn", "how many?"]);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains(AskArguments.Usage, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadFactsSetting_OneLineNamingIt()
    {
        Environment.SetEnvironmentVariable("Facts__WatchInterval", "00:00:00");
        try
        {
            var (code, output, error) = await RunAsync(["--json", "how many moocs?"]);

            Assert.Equal(1, code);
            Assert.Empty(output);
            Assert.StartsWith("Invalid setting: ", error, StringComparison.Ordinal);
            Assert.Contains("Facts__WatchInterval", error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Facts__WatchInterval", null);
        }
    }

    [Fact]
    public async Task MissingFactsFile_SaysWhichSettingToFix()
    {
        Environment.SetEnvironmentVariable("Facts__Path", "/nonexistent/facts.json");
        try
        {
            var (code, _, error) = await RunAsync(["--json", "how many moocs?"]);

            Assert.Equal(1, code);
            Assert.Contains("Facts__Path", error, StringComparison.Ordinal);
        }
        finally
        {
            Environment.SetEnvironmentVariable("Facts__Path", null);
        }
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(string[] args, string input = "")
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = await AskCommandLine.RunAsync(args, new StringReader(input), output, error, CancellationToken.None);
        return (code, output.ToString(), error.ToString());
    }
}
