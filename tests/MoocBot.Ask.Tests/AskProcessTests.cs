using System.Diagnostics;
using System.Text;

namespace MoocBot.Ask.Tests;

/// <summary>The executable itself, its standard output a pipe: there the lines go out from the JSON writer's UTF-8 buffer in blocks.</summary>
public sealed class AskProcessTests
{
    [Fact]
    public async Task StandardInputIntoAPipe_SameBytesAsThroughATextWriter()
    {
        var questions = File.ReadAllLines(BenchQuestions()).Where(line => line.Length > 0).ToList();
        // Enough lines for several 64 KB blocks, and a question longer than a block.
        var input = string.Join('\n', Enumerable.Repeat(questions, 60).SelectMany(q => q).Append(new string('m', 70_000))) + "\n";
        using var expected = new StringWriter();
        await AskCommandLine.RunAsync(["--json"], new StringReader(input), expected, TextWriter.Null, CancellationToken.None);

        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { "exec", typeof(AskCommandLine).Assembly.Location, "--json" },
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        await process.WaitForExitAsync();

        Assert.Equal(string.Empty, await error);
        Assert.Equal(0, process.ExitCode);
        Assert.Equal(questions.Count * 60 + 1, (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.Equal(expected.ToString(), await output);
    }

    private static string BenchQuestions()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "bench", "questions.txt");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("bench/questions.txt was not found above " + AppContext.BaseDirectory);
    }
}
