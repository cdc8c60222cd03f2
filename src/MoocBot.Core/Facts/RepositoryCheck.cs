namespace MoocBot.Core.Facts;

/// <summary>Loads the fact repository for a command-line verb and runs the repository check, reporting each problem by fact.</summary>
public static class RepositoryCheck
{
    /// <summary>
    /// Loads and checks the repository at <paramref name="path"/>; on a problem writes what to fix to
    /// <paramref name="error"/> and returns null. With <paramref name="trustRecordedPass"/> a version that already
    /// passed with this build (<see cref="CheckedFacts"/>) is not checked again.
    /// </summary>
    public static FactRepository? Load(string path, TextWriter error, bool trustRecordedPass = false)
    {
        ArgumentNullException.ThrowIfNull(error);
        try
        {
            var repository = FactRepositoryLoader.Load(path);
            StartupTrace.Mark("facts read");
            var sound = Report(repository, path, error, trustRecordedPass);
            StartupTrace.Mark("facts checked");
            return sound ? repository : null;
        }
        catch (FactRepositoryFormatException ex)
        {
            error.WriteLine($"The fact repository cannot be loaded: {ex.Message}");
            error.WriteLine($"Fix the file, or point Facts:Path (environment variable Facts__Path) at a valid one.");
            return null;
        }
    }

    /// <summary>
    /// True when the repository has no problems. With <paramref name="trustRecordedPass"/>, a version that passed
    /// before with this build (<see cref="CheckedFacts"/>) is not checked again; every pass is recorded.
    /// </summary>
    public static bool Report(FactRepository repository, string path, TextWriter error, bool trustRecordedPass = false)
    {
        ArgumentNullException.ThrowIfNull(error);
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
