namespace MoocBot.Ask.Tests;

/// <summary>The executable itself, its standard output a pipe: there the lines go out from the JSON writer's UTF-8 buffer in blocks.</summary>
public sealed class AskProcessTests
{
    [Fact]
    public async Task StandardInputIntoAPipe_SameBytesAsThroughATextWriter()
    {
        var questions = File.ReadAllLines(Path.Combine(ChildProcess.RepositoryRoot(), "bench", "questions.txt")).Where(line => line.Length > 0).ToList();
        // Enough lines for several 64 KB blocks, and a question longer than a block.
        var input = string.Join('\n', Enumerable.Repeat(questions, 60).SelectMany(q => q).Append(new string('m', 70_000))) + "\n";
        using var expected = new StringWriter();
        await AskCommandLine.RunAsync(["--json"], new StringReader(input), expected, TextWriter.Null, CancellationToken.None);

        var (exitCode, output, error) = await ChildProcess.RunAsync(
            "dotnet", ["exec", typeof(AskCommandLine).Assembly.Location, "--json"], input, AppContext.BaseDirectory);

        Assert.Equal(string.Empty, error);
        Assert.Equal(0, exitCode);
        Assert.Equal(questions.Count * 60 + 1, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(expected.ToString(), output);
    }
}
