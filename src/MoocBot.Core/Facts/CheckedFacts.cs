namespace MoocBot.Core.Facts;

/// <summary>
/// Remembers the last repository version that passed the facts check, with the build of the checker that passed
/// it, so <c>ask</c> does not check the same files again at every start. Any change to the facts file or an
/// article changes <see cref="FactRepository.Version"/>, and a rebuilt checker has another module id, so either
/// means a fresh check. <c>facts check</c>, the running bot and its watcher always check. The last
/// <see cref="Kept"/> passes are kept, one a line, so builds that share a user (the <c>dotnet</c> build and a native
/// publish, two checkouts) do not check again each time the other has run.
/// </summary>
public static class CheckedFacts
{
    public const int Kept = 8;

    /// <summary>Next to the default SQLite store: the user's local application data folder.</summary>
    public static string DefaultPath
    {
        get
        {
            var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            return Path.Combine(string.IsNullOrEmpty(root) ? AppContext.BaseDirectory : root, "MoocBot", "facts-checked");
        }
    }

    /// <summary>True when this version passed this build's check; false when it did not or the record cannot be read.</summary>
    public static bool Passed(FactRepository repository, string path)
    {
        ArgumentNullException.ThrowIfNull(repository);
        try
        {
            return File.Exists(path) && File.ReadAllLines(path).Contains(Key(repository), StringComparer.Ordinal);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Records that this version passed; a record that cannot be written only means the next ask checks again.</summary>
    public static void Record(FactRepository repository, string path)
    {
        ArgumentNullException.ThrowIfNull(repository);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            var key = Key(repository);
            var earlier = File.Exists(path) ? File.ReadAllLines(path).Where(line => line.Length > 0 && line != key) : [];
            var partial = path + "." + Environment.ProcessId + ".tmp";
            File.WriteAllLines(partial, [.. earlier.TakeLast(Kept - 1), key]);
            File.Move(partial, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Best effort: the check itself has already passed.
        }
    }

    public static string Key(FactRepository repository) =>
        repository.Version + " " + typeof(FactChecker).Assembly.ManifestModule.ModuleVersionId.ToString("N");
}
