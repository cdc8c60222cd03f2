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
        var repository = ChildProcess.RepositoryRoot();
        var questions = File.ReadAllLines(Path.Combine(repository, "bench", "questions.txt")).Where(line => line.Length > 0)
            .Concat(["慕课有多少门？", "how many moocs are there in france?", "<b>how many learners?</b>", string.Empty]);
        var input = string.Join('\n', questions) + "\n";
        using var expected = new StringWriter();
        await AskCommandLine.RunAsync(["--json"], new StringReader(input), expected, TextWriter.Null, CancellationToken.None);

        var output = Directory.CreateTempSubdirectory("moocbot-ask-native-");
        try
        {
            var (published, log, publishErrors) = await ChildProcess.RunAsync("dotnet", ["publish", Path.Combine(repository, "src", "MoocBot.Ask"), "-c", "Release", "-r", "linux-x64", "-o", output.FullName, "-nologo", "-nodeReuse:false", "-p:UseSharedCompilation=false"], null, repository);
            Assert.True(published == 0, "dotnet publish failed:\n" + log + publishErrors);
            var executable = Path.Combine(output.FullName, "moocbot-ask");
            Assert.True(File.Exists(executable), "no native executable in " + output.FullName);

            var (exit, answers, _) = await ChildProcess.RunAsync(executable, ["--json"], input, repository);

            Assert.Equal(0, exit);
            Assert.Equal(expected.ToString(), answers);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }
}
