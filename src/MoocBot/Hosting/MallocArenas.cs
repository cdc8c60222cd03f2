using System.Runtime.InteropServices;

namespace MoocBot.Hosting;

/// <summary>
/// Caps glibc's malloc arenas for the running bot. glibc gives threads that allocate at once arenas of their own (up to
/// eight per core) and keeps what each has touched; SQLite, OpenSSL and the runtime allocate natively from the handler
/// threads, and under telegram-load those arenas held about 13 MB (README, Speed and memory). The same as
/// <c>MALLOC_ARENA_MAX=2</c>, which an operator can still set to another value.
/// </summary>
internal static class MallocArenas
{
    /// <summary>The arenas the bot keeps: as with <c>MALLOC_ARENA_MAX=2</c> under telegram-load, no slower than the default.</summary>
    public const int Bot = 2;

    // M_ARENA_MAX in glibc's malloc.h.
    private const int ArenaMaxParameter = -8;

    public static void Limit(int arenas)
    {
        if (!OperatingSystem.IsLinux() || Environment.GetEnvironmentVariable("MALLOC_ARENA_MAX") is not null)
        {
            return;
        }

        try
        {
            _ = SetMallocOption(ArenaMaxParameter, arenas);
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            // Not glibc (musl on Alpine has no arenas to cap).
        }
    }

    // DllImport, not LibraryImport: two ints need no marshalling code, and LibraryImport would need unsafe code on.
#pragma warning disable SYSLIB1054
    [DllImport("libc", EntryPoint = "mallopt")]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int SetMallocOption(int parameter, int value);
#pragma warning restore SYSLIB1054
}
