using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace MoocBot.Storage;

/// <summary>
/// A file's device and inode on 64-bit Linux, where struct stat begins with st_dev and st_ino (8 bytes each) on
/// both x86-64 and arm64. Elsewhere, or with a C library that does not export stat (glibc before 2.33), there is none.
/// </summary>
internal readonly record struct UnixFileId(ulong Device, ulong Inode)
{
    // Larger than struct stat on any 64-bit Linux (144 bytes on x86-64, 128 on arm64).
    private const int StatSize = 256;

    public static UnixFileId? Of(string path)
    {
        if (!OperatingSystem.IsLinux() || !Environment.Is64BitProcess)
        {
            return null;
        }

        var buffer = new byte[StatSize];
        try
        {
            return NativeMethods.Stat(path, buffer) == 0
                ? new UnixFileId(BinaryPrimitives.ReadUInt64LittleEndian(buffer), BinaryPrimitives.ReadUInt64LittleEndian(buffer.AsSpan(8)))
                : null;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    private static class NativeMethods
    {
        [DllImport("libc", EntryPoint = "stat", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false, ThrowOnUnmappableChar = true)]
        public static extern int Stat(string path, byte[] buffer);
    }
}
