using MoocBot.Core.Facts;

namespace MoocBot.Cli;

/// <summary>Runs the repository check and reports each problem, naming the fact.</summary>
internal static class RepositoryCheck
{
    /// <summary>
    /// True when the repository has no problems. With <paramref name="trustRecordedPass"/>, a version that passed
    /// before with this build (<see cref="CheckedFacts"/>) is not checked again; every pass is recorded.
    /// </summary>
    public static bool Report(FactRepository repository, string path, TextWriter error, bool trustRecordedPass = false)
    {
        if (trustRecordedPass && CheckedFacts.Passed(repository, CheckedFacts.DefaultPath))
        {
            return true;
        }

        var problems = FactChecker.Check(repository);
        if (problems.Count == 0)
        {
            CheckedFacts.Record(repository, CheckedFacts.DefaultPath);
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
