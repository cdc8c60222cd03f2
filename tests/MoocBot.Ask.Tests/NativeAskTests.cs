using System.Diagnostics;
using System.Text;

namespace MoocBot.Ask.Tests;

/// <summary>
/// The native moocbot-ask, as <c>dotnet publish src/MoocBot.Ask -r linux-x64</c> builds it (README, issue 11): it answers
/// the bench questions, Chinese and unanswerable ones among them, with the same bytes as the managed code in process.
/// </summary>
public sealed class NativeAskTests
{
    [NativeFact]
    public async Task PublishedNatively_AnswersWithTheSameBytesAsTheManagedCode()
    {
        var repository = RepositoryRoot();
        var questions = File.ReadAllLines(Path.Combine(repository, "bench", "questions.txt")).Where(line => line.Length > 0)
            .Concat(["慕课有多少门？", "how many moocs are there in france?", "<b>how many learners?</b>", string.Empty]);
        var input = string.Join('\n', questions) + "\n";
        using var expected = new StringWriter();
        await AskCommandLine.RunAsync(["--json"], new StringReader(input), expected, TextWriter.Null, CancellationToken.None);

        var output = Directory.CreateTempSubdirectory("moocbot-ask-native-");
        try
        {
            var (published, log) = await RunAsync("dotnet", ["publish", Path.Combine(repository, "src", "MoocBot.Ask"), "-c", "Release", "-r", "linux-x64", "-o", output.FullName, "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false"], null, repository);
            Assert.True(published == 0, "dotnet publish failed:\n" + log);
            var executable = Path.Combine(output.FullName, "moocbot-ask");
            Assert.True(File.Exists(executable), "no native executable in " + output.FullName);

            var (exit, answers) = await RunAsync(executable, ["--json"], input, repository);

            Assert.Equal(0, exit);
            Assert.Equal(expected.ToString(), answers);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> arguments, string? input, string directory)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            WorkingDirectory = directory,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }

        process.StandardInput.Close();
        await process.WaitForExitAsync();
        var written = await output;
        return (process.ExitCode, input is null ? written + await error : written);
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MoocBot.sln")))
            {
                return folder.FullName;
            }
        }

        throw new DirectoryNotFoundException("MoocBot.sln was not found above " + AppContext.BaseDirectory);
    }
}
