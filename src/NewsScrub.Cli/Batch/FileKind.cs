using System.Runtime.InteropServices;

namespace NewsScrub.Cli.Batch;

/// <summary>
/// Tells regular files from FIFOs, sockets and devices, which .NET's file APIs do not: reading a FIFO found in a
/// folder blocks the run forever. Asks the runtime's own native shim (System.Native, shipped with every .NET
/// runtime on Unix), whose file-status layout is the same on every Unix.
/// </summary>
internal static partial class FileKind
{
    private const int TypeMask = 0xF000;
    private const int Regular = 0x8000;
    private const int Directory = 0x4000;

    /// <summary>Whether <paramref name="path"/> is a regular file (links followed); true where it cannot be told (Windows).</summary>
    public static bool IsRegularFile(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return true;
        }

        try
        {
            var status = new int[128];
            if (Stat(path, status) != 0)
            {
                return true; // Let the read report the real error.
            }

            var type = status[1] & TypeMask;
            return type is Regular or Directory;
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return true;
        }
    }

    [LibraryImport("libSystem.Native", EntryPoint = "SystemNative_Stat", StringMarshalling = StringMarshalling.Utf8)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static partial int Stat(string path, [Out] int[] status);
}
