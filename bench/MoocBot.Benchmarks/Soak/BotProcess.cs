using System.Diagnostics;
using System.Globalization;

namespace MoocBot.Benchmarks.Soak;

/// <summary>
/// The shipped executable (<c>dotnet moocbot.dll</c>) in its own process, configured only through environment
/// variables as an operator would. Its log goes to a file; its memory is read from /proc.
/// </summary>
internal sealed class BotProcess : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;
    private readonly Lock _logLock = new();
    private bool _logClosed;

    private BotProcess(Process process, StreamWriter log)
    {
        _process = process;
        _log = log;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public static BotProcess Start(string dllPath, IReadOnlyDictionary<string, string> environment, string workingDirectory, string logPath)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(dllPath);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        var bot = new BotProcess(process, log);
        process.OutputDataReceived += (_, e) => bot.WriteLog(e.Data);
        process.ErrorDataReceived += (_, e) => bot.WriteLog(e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException("Could not start the bot process.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Resident memory from /proc/&lt;pid&gt;/status (VmRSS), in bytes; 0 once the process is gone.</summary>
    public long ResidentBytes()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{_process.Id}/status"))
            {
                if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
                {
                    var kilobytes = line["VmRSS:".Length..].Trim().Split(' ')[0];
                    return long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process has exited.
        }

        return 0;
    }

    /// <summary>User plus system CPU time so far.</summary>
    public TimeSpan CpuTime()
    {
        try
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
        catch (InvalidOperationException)
        {
            return TimeSpan.Zero;
        }
    }

    /// <summary>Stops it as a service manager would (SIGTERM), so it drains; kills it after <paramref name="grace"/>. Returns the exit code.</summary>
    public async Task<int> StopAsync(TimeSpan grace, CancellationToken cancellationToken)
    {
        if (!_process.HasExited)
        {
            using var kill = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-TERM", _process.Id.ToString(CultureInfo.InvariantCulture) }, UseShellExecute = false });
            if (kill is not null)
            {
                await kill.WaitForExitAsync(cancellationToken);
            }

            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(grace);
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync(cancellationToken);
            }
        }

        // Let the output readers reach the end of the streams.
        await _process.WaitForExitAsync(cancellationToken);
        return _process.ExitCode;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
        lock (_logLock)
        {
            _logClosed = true;
            _log.Dispose();
        }
    }

    private void WriteLog(string? line)
    {
        lock (_logLock)
        {
            if (line is not null && !_logClosed)
            {
                _log.WriteLine(line);
            }
        }
    }
}
