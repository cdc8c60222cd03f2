using Microsoft.Win32.SafeHandles;

namespace MoocBot.Storage;

/// <summary>
/// The SQLite file a store opened, held open so that a file deleted or replaced under the running bot is noticed:
/// pooled connections keep writing to the old file, which is gone at the next start. The path is compared with the
/// held file by device and inode (the held handle keeps the inode from being reused); where there is no inode, by size
/// and last-write time, which a copy that keeps the time (cp -p) passes.
/// </summary>
internal sealed class SqliteFileIdentity : IDisposable
{
    private readonly SafeFileHandle _handle;
    private readonly UnixFileId? _id;

    private SqliteFileIdentity(string path, SafeFileHandle handle)
    {
        Path = path;
        _handle = handle;
        _id = UnixFileId.Of(path);
    }

    public string Path { get; }

    /// <summary>Holds <paramref name="path"/> open; null when there is no such file.</summary>
    public static SqliteFileIdentity? TryHold(string path)
    {
        try
        {
            return new SqliteFileIdentity(path, File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Null while the path still names the file held; otherwise what happened to it, for a log line or a health check.</summary>
    public string? Problem()
    {
        if (_id is { } held)
        {
            return UnixFileId.Of(Path) is not { } onDisk ? Deleted() : onDisk == held ? null : Replaced();
        }

        for (var attempt = 0; attempt < 3; attempt++)
        {
            var before = Held();
            var onDisk = new FileInfo(Path);
            if (!onDisk.Exists)
            {
                return Deleted();
            }

            // A write between the two looks at the held file changes it: look again rather than call it replaced.
            if (before == Held())
            {
                return before == (onDisk.Length, onDisk.LastWriteTimeUtc) ? null : Replaced();
            }
        }

        return null;
    }

    public void Dispose() => _handle.Dispose();

    private string Deleted() =>
        $"The SQLite file {Path} was deleted while the bot was running, so nothing written now would be kept. Restore it, or restart the bot to start a new, empty file.";

    private string Replaced() =>
        $"The SQLite file {Path} was replaced while the bot was running, so nothing written now would be kept. Restart the bot to use the new file.";

    private (long Length, DateTime LastWrite) Held() => (RandomAccess.GetLength(_handle), File.GetLastWriteTimeUtc(_handle));
}
