using System.Diagnostics;
using System.Text.Json.Nodes;
using MoocBot.Core.Facts;
using MoocBot.Telegram.Tests.Fakes;

namespace MoocBot.Benchmarks.Soak;

/// <summary>
/// The soak run of issue 6: the fake Bot API server runs here, the shipped bot (<c>dotnet moocbot.dll</c>) runs in
/// its own process and long-polls it over 127.0.0.1. Updates are fed at a steady rate for a fixed time while a share
/// of sendMessage calls fail with 5xx or 429; then the run waits for the last answers and checks that every question
/// was answered exactly once, and how the bot's memory and CPU behaved.
/// Run: <c>dotnet run -c Release --project bench/MoocBot.Benchmarks -- telegram-soak [--minutes 10] [--rate 200] [--fault-5xx 0.01] [--fault-429 0.01]</c>.
/// </summary>
internal static class TelegramSoakRun
{
    private static readonly TimeSpan FeedTick = TimeSpan.FromMilliseconds(20);

    public static async Task<int> RunAsync(string[] args)
    {
        var options = SoakOptions.Parse(args, out var error);
        if (options is null)
        {
            await Console.Error.WriteLineAsync(error);
            await Console.Error.WriteLineAsync(SoakOptions.Usage);
            return 2;
        }

        var repositoryRoot = FindRepositoryRoot();
        var factsPath = Path.Combine(repositoryRoot, "data", "facts.json");
        var botPath = Path.GetFullPath(options.BotPath ?? Path.Combine(repositoryRoot, "src", "MoocBot", "bin", "Release", "net10.0", "moocbot.dll"));
        if (!File.Exists(botPath))
        {
            await Console.Error.WriteLineAsync($"The bot is not built at {botPath}: run `dotnet build -c Release src/MoocBot` first, or pass --bot.");
            return 2;
        }

        if (!File.Exists("/proc/self/status"))
        {
            await Console.Error.WriteLineAsync("The soak reads memory from /proc and runs on Linux only.");
            return 2;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };

        try
        {
            var figures = await SoakAsync(options, botPath, FactRepositoryLoader.Load(factsPath), TimeProvider.System, stop.Token);
            SoakReport.Write(Console.Out, figures);
            return figures.Tally.ExactlyOnce && !figures.BotExitedEarly && figures.BotExitCode == 0 ? 0 : 1;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Soak run cancelled.");
            return 1;
        }
    }

    /// <summary>The checkout this program was built from: the folder above it that holds src/MoocBot.</summary>
    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "src", "MoocBot", "MoocBot.csproj")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("src/MoocBot/MoocBot.csproj not found above " + AppContext.BaseDirectory);
    }

    private static async Task<SoakRunFigures> SoakAsync(SoakOptions options, string botPath, FactRepository repository, TimeProvider time, CancellationToken cancellationToken)
    {
        var ledger = new SoakLedger(time);
        var faults = new SoakFaults(options, ledger);
        await using var fake = await FakeBotApiServer.StartAsync(
            new FakeBotApiOptions
            {
                RecordCalls = false,
                RecordSentMessages = false,
                InjectFailure = faults.Decide,
                MessageSent = ledger.Sent,
                WaitTimeout = TimeSpan.FromMinutes(2),
            },
            cancellationToken);

        var work = Directory.CreateTempSubdirectory("moocbot-soak-").FullName;
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Telegram__BotToken"] = fake.Token,
            ["Telegram__ApiBaseUrl"] = fake.BaseUrl,
            ["Telegram__Mode"] = "Polling",
            ["Storage__Provider"] = "Sqlite",
            ["Storage__ConnectionString"] = "Data Source=" + Path.Combine(work, "moocbot.db"),
        };
        using var bot = BotProcess.Start(botPath, environment, work, Path.Combine(work, "bot.log"));
        Console.WriteLine($"Bot: dotnet {botPath} (pid {bot.Id}); fake Bot API at {fake.BaseUrl}; bot log and database in {work}");
        await fake.WaitForPollsAsync(cancellationToken: cancellationToken);

        var calibration = await SoakCalibration.RunAsync(fake, ledger, repository, time, cancellationToken);
        Console.WriteLine($"Calibrated: {calibration.PrivateQuestions.Count} private questions, {calibration.GroupMentions.Count} group mentions, {calibration.GroupCommands.Count} group commands; left out: {(calibration.Excluded.Count == 0 ? "none" : string.Join("; ", calibration.Excluded))}");
        Console.WriteLine($"Feeding {options.TotalUpdates:N0} updates over {options.Minutes:0.##} min at {options.Rate:0.##}/s with {options.Fault5xx:P1} 5xx and {options.Fault429:P1} 429 on sendMessage");

        ledger.Begin(calibration.KindsByReply);
        faults.Enable();
        var workload = new SoakWorkload(fake, options, calibration);
        var self = Process.GetCurrentProcess();
        var soakCpuBefore = self.TotalProcessorTime;
        var botCpuBefore = bot.CpuTime();
        var started = time.GetTimestamp();
        var fed = 0L;

        using var sampling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var samples = new List<ResourceSample>();
        var sampler = SampleAsync(bot, fake, ledger, options.SampleEvery, time, started, botCpuBefore, () => Interlocked.Read(ref fed), samples, sampling.Token);

        await FeedAsync(options, fake, ledger, workload, time, started, count => Interlocked.Exchange(ref fed, count), cancellationToken);
        var feedTime = time.GetElapsedTime(started);
        var answeredDuringFeed = ledger.Answered;
        var botCpuDuringFeed = bot.CpuTime() - botCpuBefore;

        var allAnsweredAt = await DrainAsync(ledger, bot, options, time, started, cancellationToken);
        await Task.Delay(options.Settle, time, cancellationToken);
        await sampling.CancelAsync();
        await sampler;

        var tally = ledger.Tally();
        var botCpuTotal = bot.CpuTime() - botCpuBefore;
        var exitedEarly = bot.HasExited;
        var exitCode = await bot.StopAsync(TimeSpan.FromSeconds(30), cancellationToken);
        self.Refresh();
        return new SoakRunFigures
        {
            Options = options,
            Calibration = calibration,
            BotProcessId = bot.Id,
            Fed = Interlocked.Read(ref fed),
            FeedTime = feedTime,
            AnsweredDuringFeed = answeredDuringFeed,
            AllAnsweredAt = allAnsweredAt,
            BotCpuDuringFeed = botCpuDuringFeed,
            BotCpuTotal = botCpuTotal,
            SoakCpuTotal = self.TotalProcessorTime - soakCpuBefore,
            Samples = samples,
            BotExitedEarly = exitedEarly,
            BotExitCode = exitCode,
            Tally = tally,
            WorkDirectory = work,
        };
    }

    /// <summary>
    /// Feeds updates so that by any moment t the count fed is rate × t: each tick enqueues what is due, so a late
    /// tick catches up instead of drifting. Bounded by the total and, through it, by the duration.
    /// </summary>
    private static async Task FeedAsync(SoakOptions options, FakeBotApiServer fake, SoakLedger ledger, SoakWorkload workload, TimeProvider time, long started, Action<long> reportFed, CancellationToken cancellationToken)
    {
        var total = options.TotalUpdates;
        var fed = 0L;
        using var timer = new PeriodicTimer(FeedTick, time);
        while (fed < total && await timer.WaitForNextTickAsync(cancellationToken))
        {
            var due = Math.Min(total, (long)(time.GetElapsedTime(started).TotalSeconds * options.Rate));
            if (due <= fed)
            {
                continue;
            }

            var batch = new List<JsonObject>((int)(due - fed));
            for (; fed < due; fed++)
            {
                var (update, key) = workload.Next(fed);
                ledger.Expect(key);
                batch.Add(update);
            }

            fake.EnqueueUpdates(batch);
            reportFed(fed);
        }
    }

    /// <summary>
    /// Waits until every question is answered; returns when that happened. Returns null when the bot died, when
    /// <see cref="SoakOptions.DrainTimeout"/> passed, or when the bot made no sendMessage call for <see cref="SoakOptions.Settle"/>
    /// (longer than its longest retry wait, so it has given the rest up).
    /// </summary>
    private static async Task<TimeSpan?> DrainAsync(SoakLedger ledger, BotProcess bot, SoakOptions options, TimeProvider time, long started, CancellationToken cancellationToken)
    {
        var drainStarted = time.GetTimestamp();
        var lastMove = drainStarted;
        var attempts = ledger.Attempts;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50), time);
        while (!ledger.AllAnswered)
        {
            if (ledger.Attempts != attempts)
            {
                attempts = ledger.Attempts;
                lastMove = time.GetTimestamp();
            }

            if (bot.HasExited || time.GetElapsedTime(drainStarted) > options.DrainTimeout || time.GetElapsedTime(lastMove) > options.Settle)
            {
                return null;
            }

            await timer.WaitForNextTickAsync(cancellationToken);
        }

        return time.GetElapsedTime(started);
    }

    private static async Task SampleAsync(BotProcess bot, FakeBotApiServer fake, SoakLedger ledger, TimeSpan every, TimeProvider time, long started, TimeSpan botCpuBefore, Func<long> fed, List<ResourceSample> samples, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(every, time);
        var previous = Take();
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var sample = Take();
                var seconds = (sample.At - previous.At).TotalSeconds;
                Console.WriteLine(
                    $"  t={sample.At.TotalSeconds,5:0}s  rss={SoakReport.Megabytes(sample.ResidentBytes),8}  cpu={(sample.BotCpu - previous.BotCpu).TotalSeconds / seconds,6:P0}  " +
                    $"fed={sample.Fed,8:N0}  answered={sample.Answered,8:N0} ({(sample.Answered - previous.Answered) / seconds,5:0}/s)  backlog={sample.Backlog,6:N0}");
                previous = sample;
                if (bot.HasExited)
                {
                    Console.WriteLine("  the bot process exited");
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Sampling ends with the run; one last look after the settle period.
            Take();
        }

        ResourceSample Take()
        {
            var sample = new ResourceSample(time.GetElapsedTime(started), bot.ResidentBytes(), bot.CpuTime() - botCpuBefore, fed(), ledger.Answered, fake.PendingUpdateCount);
            lock (samples)
            {
                samples.Add(sample);
            }

            return sample;
        }
    }
}
