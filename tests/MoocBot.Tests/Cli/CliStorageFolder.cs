namespace MoocBot.Tests.Cli;

/// <summary>
/// A temporary folder whose SQLite file the command line uses (through Storage__ConnectionString) while a test class
/// runs; disposing it clears every variable the command-line tests set and deletes the folder.
/// </summary>
internal sealed class CliStorageFolder : IDisposable
{
    public CliStorageFolder(string prefix)
    {
        Folder = Directory.CreateTempSubdirectory(prefix);
        Environment.SetEnvironmentVariable("Storage__ConnectionString", "Data Source=" + Path.Combine(Folder.FullName, "bot.db"));
    }

    public DirectoryInfo Folder { get; }

    public void Dispose()
    {
        Environment.SetEnvironmentVariable("Storage__ConnectionString", null);
        Environment.SetEnvironmentVariable("Storage__Provider", null);
        Environment.SetEnvironmentVariable("Facts__Path", null);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Folder.Delete(recursive: true);
    }
}
