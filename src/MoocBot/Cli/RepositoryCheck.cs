using MoocBot.Core.Facts;

namespace MoocBot.Cli;

/// <summary>Runs the repository check and reports each problem, naming the fact.</summary>
internal static class RepositoryCheck
{
    /// <summary>True when the repository has no problems.</summary>
    public static bool Report(FactRepository repository, string path, TextWriter error)
    {
        var problems = FactChecker.Check(repository);
        if (problems.Count == 0)
        {
            return true;
        }

        error.WriteLine($"The fact repository {path} has {problems.Count} problem(s):");
        foreach (var problem in problems)
        {
            error.WriteLine("  " + problem);
        }

        return false;
    }
}
