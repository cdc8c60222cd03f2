using System.Diagnostics;
using System.Globalization;

namespace MoocBot.Core;

/// <summary>
/// With the environment variable <c>MOOCBOT_TRACE_STARTUP=1</c>, writes to standard error how long the process had run
/// when each phase of a verb ended (for <c>ask</c> and <c>moocbot-ask</c>: settings read, facts read, facts checked, index built, answered,
/// written), what the JIT compiled and what was allocated, so start-up can be measured phase by phase (README, Speed and memory). Off, it costs one static check.
/// </summary>
public static class StartupTrace
{
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("MOOCBOT_TRACE_STARTUP") == "1";

    private static long _previous = TimeProvider.System.GetTimestamp();

    /// <summary>Writes the phase, the wall time since the previous mark and the process's CPU and wall time so far; nothing when tracing is off.</summary>
    public static void Mark(string phase)
    {
        if (!Enabled)
        {
            return;
        }

        var now = TimeProvider.System.GetTimestamp();
        var step = TimeProvider.System.GetElapsedTime(_previous, now).TotalMilliseconds;
        _previous = now;
        // CPU time (user + sys) since the process started, so what ran before Main (the runtime starting) counts too;
        // the wall clock since start is from the kernel's start time, to 10 ms.
        var cpu = Environment.CpuUsage.TotalTime.TotalMilliseconds;
        using var process = Process.GetCurrentProcess();
        var wall = (TimeProvider.System.GetUtcNow().UtcDateTime - process.StartTime.ToUniversalTime()).TotalMilliseconds;
        // Under the JIT, how many methods were compiled so far and the time spent compiling them (0 in a native build).
        var jitted = System.Runtime.JitInfo.GetCompiledMethodCount();
        var jitTime = System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds;
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[startup] {phase,-16} +{step,6:F1} ms wall   process: {cpu,6:F1} ms CPU, {wall,4:F0} ms wall, {jitted,5} methods jitted in {jitTime,5:F0} ms, {GC.GetTotalAllocatedBytes() / 1024,6} KB allocated, {GC.CollectionCount(0)} GCs"));
    }
}
