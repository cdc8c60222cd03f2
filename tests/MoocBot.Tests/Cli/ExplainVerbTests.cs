using System.Text.Json;

namespace MoocBot.Tests.Cli;

/// <summary><c>moocbot explain</c>: why a question gets its answer, each candidate's score factor by factor, ending in what <c>ask</c> gives.</summary>
public sealed class ExplainVerbTests
{
    [Fact]
    public async Task Explain_Question_ListsEachCandidatesFactorsAndEndsInTheFigureAskGives()
    {
        const string Question = "how many universities are there in China?";

        var (code, output, error) = await CommandLineRunner.RunAsync(["explain", Question]);
        var (_, json, _) = await CommandLineRunner.RunAsync(["ask", "--json", Question]);

        Assert.Equal(0, code);
        Assert.Empty(error);
        Assert.Matches(@"west\.universities score=\S+ = match \S+ \(cov=\S+ fit=\S+\) Intent [+-]\S+ YesNo [+-]\S+ Year [+-]\S+ Scope -\S+ Head [+-]\S+", output);
        using var answer = JsonDocument.Parse(json);
        var status = answer.RootElement.GetProperty("status").GetString()!.Replace('_', ' ');
        Assert.StartsWith("answer: " + status, output.TrimEnd().Split('\n')[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Explain_WithoutAQuestion_ExitsTwoWithAnExample()
    {
        var (code, output, error) = await CommandLineRunner.RunAsync(["explain"]);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("moocbot explain \"how many MOOCs are there?\"", error, StringComparison.Ordinal);
    }
}
