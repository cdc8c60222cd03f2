using System.Globalization;
using System.Runtime;
using System.Text;

namespace MoocBot.Hosting.Diagnostics;

/// <summary>
/// Where the process's memory is: the resident set split as Linux counts it (anonymous, mapped files, shared memory, which
/// holds the runtime's JIT code under W^X), the GC heap per generation after the last collection, and the threads.
/// </summary>
internal static class ProcessMemory
{
    private static readonly string[] Generations = ["gen0", "gen1", "gen2", "LOH", "POH"];

    /// <summary>One line, in MB, for the log at stop (README, Speed and memory, says how to read it).</summary>
    public static string Describe()
    {
        var culture = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        var status = ReadStatus();
        text.Append(culture, $"RSS {Mb(Environment.WorkingSet)}");
        if (status.Count > 0)
        {
            text.Append(culture, $" (anonymous {Kb(status, "RssAnon")}, files {Kb(status, "RssFile")}, shared {Kb(status, "RssShmem")}; peak {Kb(status, "VmHWM")})");
        }

        var info = GC.GetGCMemoryInfo(GCKind.Any);
        text.Append(culture, $"; GC {(GCSettings.IsServerGC ? "server" : "workstation")}{(info.Concurrent ? " concurrent" : string.Empty)}");
        text.Append(culture, $": heap {Mb(info.HeapSizeBytes)}, committed {Mb(info.TotalCommittedBytes)}, fragmented {Mb(info.FragmentedBytes)}, promoted {Mb(info.PromotedBytes)}");
        var generations = info.GenerationInfo;
        for (var i = 0; i < generations.Length && i < Generations.Length; i++)
        {
            text.Append(culture, $", {Generations[i]} {Mb(generations[i].SizeAfterBytes)} (fragmented {Mb(generations[i].FragmentationAfterBytes)})");
        }

        var settings = GC.GetConfigurationVariables();
        text.Append(culture, $", gen0 budget {(settings.TryGetValue("GCGen0MaxBudget", out var budget) && budget is long bytes ? Mb(bytes) : "?")}");
        text.Append(culture, $"; collections {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, pause {info.PauseTimePercentage:0.#}%");
        text.Append(culture, $", allocated {Mb(GC.GetTotalAllocatedBytes())}");
        text.Append(culture, $"; threads {(status.TryGetValue("Threads", out var threads) ? threads : "?")} (thread pool {ThreadPool.ThreadCount})");
        return text.ToString();
    }

    private static string Mb(long bytes) => (bytes / 1048576d).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Kb(Dictionary<string, string> status, string key) =>
        status.TryGetValue(key, out var value) && long.TryParse(value.Split(' ')[0], CultureInfo.InvariantCulture, out var kb) ? Mb(kb * 1024) : "?";

    /// <summary>/proc/self/status as name → value; empty where there is none (not Linux).</summary>
    private static Dictionary<string, string> ReadStatus()
    {
        var status = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                if (colon > 0)
                {
                    status[line[..colon]] = line[(colon + 1)..].Trim();
                }
            }
        }
        catch (IOException)
        {
            status.Clear();
        }
        catch (UnauthorizedAccessException)
        {
            status.Clear();
        }

        return status;
    }
}
