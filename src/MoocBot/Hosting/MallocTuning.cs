using System.Runtime.InteropServices;

namespace MoocBot.Hosting;

/// <summary>
/// glibc malloc settings for the running bot; an operator's own <c>MALLOC_ARENA_MAX</c> or
/// <c>MALLOC_MMAP_THRESHOLD_</c> wins over each (README, issue 11).
/// </summary>
internal static class MallocTuning
{
    /// <summary>
    /// The arenas the bot keeps. glibc gives threads that allocate at once arenas of their own (up to eight per core) and
    /// keeps what each has touched; SQLite, OpenSSL and the runtime allocate natively from the handler threads, and under
    /// telegram-load those arenas held about 13 MB. As with <c>MALLOC_ARENA_MAX=2</c>, no slower than the default.
    /// </summary>
    public const int Arenas = 2;

    /// <summary>
    /// Blocks of this size or more are mapped on their own and unmapped when freed. The JIT takes its working memory in
    /// 64 KB blocks; from the heap, the blocks freed after the tier-1 recompiles of a busy spell stayed resident (about
    /// 10 MB after telegram-load), and glibc's own threshold grows up to 32 MB after the first large block is freed.
    /// </summary>
    public const int MapThreshold = 64 * 1024;

    // M_ARENA_MAX and M_MMAP_THRESHOLD in glibc's malloc.h.
    private const int ArenaMaxParameter = -8;
    private const int MapThresholdParameter = -3;

    public static void ApplyForBot()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        try
        {
            Set("MALLOC_ARENA_MAX", ArenaMaxParameter, Arenas);
            Set("MALLOC_MMAP_THRESHOLD_", MapThresholdParameter, MapThreshold);
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            // Not glibc (musl on Alpine has neither setting).
        }
    }

    private static void Set(string variable, int parameter, int value)
    {
        if (Environment.GetEnvironmentVariable(variable) is null)
        {
            _ = SetMallocOption(parameter, value);
        }
    }

    // DllImport, not LibraryImport: two ints need no marshalling code, and LibraryImport would need unsafe code on.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "mallopt")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetMallocOption(int parameter, int value);
#pragma warning restore SYSLIB1054
}
