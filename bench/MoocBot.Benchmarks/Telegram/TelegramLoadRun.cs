using System.Diagnostics;
using System.Globalization;

namespace MoocBot.Benchmarks.Telegram;

/// <summary>
/// End-to-end load on the Telegram adapter: a lean Bot API server (<see cref="LoadBotApiServer"/>) runs here, the bot
/// runs in a child process (<see cref="TelegramLoadHost"/>) that long-polls it with the real TelegramBotClient. A
/// backlog of updates is queued at once and the run measures how fast every one is answered with a sendMessage, the
/// CPU time of the bot and of the server, and the child's memory when idle before and after. It fails (exit code 1)
/// unless every update was answered exactly once, in its own chat, with a message Telegram would accept.
/// Run: <c>dotnet run -c Release --project bench/MoocBot.Benchmarks -- telegram-load [--updates 20000] [--chats 2000] [--warmup 2000]</c>;
/// <c>--bot path/to/moocbot.dll</c> (or a published <c>moocbot</c> executable, or the grammY peer
/// <c>bench/grammy-peer/peer.js</c>, run with node) loads the shipped bot instead, with its
/// own runtime settings (garbage collector, ReadyToRun), its storage in a temporary folder, stopped with SIGTERM;
/// <c>--bot-env NAME=VALUE</c> (repeatable) adds to the bot's environment, as a service definition would
/// (e.g. <c>DOTNET_TC_CallCountingDelayMs=0</c>); <c>--replies FILE</c> writes each kind of update's reply texts, so that
/// two builds of the bot (JIT and native AOT, say) can be compared with <c>diff</c>.
/// </summary>
internal static class TelegramLoadRun
{
    private const string MemoryAtStop = "Memory at stop: ";

    private static readonly TimeSpan AnswerTimeout = TimeSpan.FromMinutes(10);

    private static readonly System.Collections.Concurrent.ConcurrentQueue<string> BotMemoryLog = new();

    public static async Task<int> RunAsync(string[] args)
    {
        var updates = Option(args, "--updates", 20_000);
        var chats = Option(args, "--chats", 2_000);
        var warmup = Option(args, "--warmup", 2_000);
        var settle = TimeSpan.FromSeconds(Option(args, "--settle-seconds", 5));

        await using var fake = LoadBotApiServer.Start();
        var botPath = Text(args, "--bot");
        var storage = Directory.CreateTempSubdirectory("moocbot-load-");
        var botEnvironment = Texts(args, "--bot-env");
        using var bot = botPath is null ? StartBot(fake, botEnvironment) : StartShippedBot(fake, botPath, storage.FullName, botEnvironment);
        await fake.WaitForPollsAsync().WaitAsync(TimeSpan.FromMinutes(2));

        // Let start-up work (JIT, tiering, the first GCs) finish before calling the host idle.
        await Task.Delay(settle);
        var idleAtStart = Rss(bot);
        var idleAtStartParts = RssParts(bot);

        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var warmupBatch = LoadWorkload.Build(0, warmup, chats, fake.BotUserName, now);
        var loadBatch = LoadWorkload.Build(warmup, updates, chats, fake.BotUserName, now);
        fake.EnqueueUpdates(warmupBatch);
        await fake.WaitForAnswersAsync(warmup, AnswerTimeout);

        using var sampling = new CancellationTokenSource();
        var peak = SamplePeakAsync(bot, sampling.Token);
        bot.Refresh();
        var botCpuBefore = bot.TotalProcessorTime;
        var serverCpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var stopwatch = Stopwatch.StartNew();
        fake.EnqueueUpdates(loadBatch);
        await fake.WaitForAnswersAsync(warmup + updates, AnswerTimeout);
        stopwatch.Stop();
        bot.Refresh();
        var botCpu = bot.TotalProcessorTime - botCpuBefore;
        var serverCpu = Process.GetCurrentProcess().TotalProcessorTime - serverCpuBefore;
        await sampling.CancelAsync();
        var peakRss = await peak;

        // The settle also lets any late duplicate arrive before the count.
        await Task.Delay(settle);
        var tally = fake.Tally();
        if (Text(args, "--replies") is { } repliesPath)
        {
            await File.WriteAllLinesAsync(repliesPath, fake.RepliesTextsByKind()
                .SelectMany((texts, kind) => texts.Select(text => $"## {LoadWorkload.KindNames[kind]}\n{text}\n")));
        }

        var idleAfter = Rss(bot);
        var idleAfterParts = RssParts(bot);
        bot.StandardInput.Close();
        if (botPath is not null)
        {
            using var term = Process.Start("kill", ["-TERM", bot.Id.ToString(CultureInfo.InvariantCulture)]);
        }

        if (!bot.WaitForExit(TimeSpan.FromSeconds(30)))
        {
            bot.Kill(entireProcessTree: true);
        }

        var perSecond = updates / stopwatch.Elapsed.TotalSeconds;
        storage.Delete(recursive: true);
        Console.WriteLine($"Telegram load run on {Environment.ProcessorCount} cores, .NET {Environment.Version}, bot: {botPath ?? "the benchmark's own host"}");
        Console.WriteLine($"  updates                     {updates:N0} over {chats:N0} chats (after {warmup:N0} warm-up updates)");
        Console.WriteLine($"  time to answer all          {stopwatch.Elapsed.TotalSeconds:N2} s");
        Console.WriteLine($"  updates answered per second {perSecond:N0}");
        Console.WriteLine($"  bot CPU time                {botCpu.TotalSeconds:N2} s ({botCpu.TotalMilliseconds * 1000 / updates:N0} µs per update, {updates / botCpu.TotalSeconds:N0} updates per CPU-second)");
        Console.WriteLine($"  Bot API server CPU time     {serverCpu.TotalSeconds:N2} s ({serverCpu.TotalMilliseconds * 1000 / updates:N0} µs per update)");
        Console.WriteLine($"  load average at the end     {File.ReadAllText("/proc/loadavg").Trim()}");
        Console.WriteLine($"  bot memory idle at start    {Megabytes(idleAtStart)}{idleAtStartParts}");
        Console.WriteLine($"  bot memory peak under load  {Megabytes(peakRss)}");
        Console.WriteLine($"  bot memory idle after load  {Megabytes(idleAfter)}{idleAfterParts}");
        foreach (var line in BotMemoryLog)
        {
            Console.WriteLine($"  bot at stop                 {line}");
        }

        return Report(tally) ? 0 : 1;
    }

    public static string FindFactsPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "facts.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new InvalidOperationException("data/facts.json not found above " + AppContext.BaseDirectory);
    }

    /// <summary>The server's account of the whole run (warm-up included); true when it proves every update answered once.</summary>
    private static bool Report(LoadTally tally)
    {
        Console.WriteLine($"  answered exactly once       {tally.AnsweredOnce - tally.Duplicates:N0} of {tally.Updates:N0} updates (duplicates {tally.Duplicates}, to the wrong chat {tally.Misdirected}, answering nothing {tally.Unmatched}, rejected {tally.Rejected})");
        Console.WriteLine($"  Bot API calls               getUpdates {tally.Polls:N0}, {string.Join(", ", tally.OtherCalls.Select(p => $"{p.Key} {p.Value}"))}; {tally.Connections} connections");
        for (var kind = 0; kind < tally.RepliesByKind.Count; kind++)
        {
            var counts = tally.RepliesByKind[kind];
            Console.WriteLine($"    {LoadWorkload.KindNames[kind],-58} {counts.Sum(),6:N0} answers, {counts.Count} distinct text{(counts.Count == 1 ? string.Empty : "s")}");
        }

        foreach (var invalid in tally.InvalidReplies)
        {
            Console.WriteLine($"  Telegram would refuse      {invalid}");
        }

        Console.WriteLine(tally.IsCorrect ? "  correct: every update answered exactly once, in its own chat" : "  NOT CORRECT (see the counts above)");
        return tally.IsCorrect;
    }

    private static Process StartBot(LoadBotApiServer fake, IReadOnlyList<string> environment)
    {
        var self = Environment.ProcessPath!;
        var start = new ProcessStartInfo(self) { RedirectStandardInput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(self) == "dotnet")
        {
            start.ArgumentList.Add(typeof(TelegramLoadRun).Assembly.Location);
        }

        start.ArgumentList.Add("telegram-host");
        start.Environment["Telegram__BotToken"] = fake.Token;
        start.Environment["Telegram__ApiBaseUrl"] = fake.BaseUrl;
        AddEnvironment(start, environment);
        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot process.");
    }

    /// <summary>The shipped bot, configured only through the environment as an operator would; its log is dropped.</summary>
    private static Process StartShippedBot(LoadBotApiServer fake, string botPath, string storageFolder, IReadOnlyList<string> environment)
    {
        var dll = botPath.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var script = botPath.EndsWith(".js", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(dll ? "dotnet" : script ? "node" : botPath)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(Path.GetFullPath(botPath))!,
        };
        if (dll || script)
        {
            start.ArgumentList.Add(Path.GetFullPath(botPath));
        }

        start.Environment["Telegram__BotToken"] = fake.Token;
        start.Environment["Telegram__ApiBaseUrl"] = fake.BaseUrl;
        start.Environment["Telegram__Mode"] = "Polling";
        start.Environment["Storage__Provider"] = "Sqlite";
        start.Environment["Storage__ConnectionString"] = "Data Source=" + Path.Combine(storageFolder, "bot.db");
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        start.Environment["Logging__LogLevel__MoocBot.Hosting.Diagnostics"] = "Debug";
        AddEnvironment(start, environment);
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot process.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, line) =>
        {
            // The bot's own account of its memory (ProcessMemoryLog), written when it stops.
            if (line.Data is { } text && text.Contains(MemoryAtStop, StringComparison.Ordinal))
            {
                BotMemoryLog.Enqueue(text[(text.IndexOf(MemoryAtStop, StringComparison.Ordinal) + MemoryAtStop.Length)..]);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<long> SamplePeakAsync(Process bot, CancellationToken cancellationToken)
    {
        var peak = 0L;
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(50));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                peak = Math.Max(peak, Rss(bot));
            }
        }
        catch (OperationCanceledException)
        {
            // Sampling ends with the load.
        }

        return Math.Max(peak, Rss(bot));
    }

    private static long Rss(Process process)
    {
        process.Refresh();
        return process.WorkingSet64;
    }

    /// <summary>The resident set as Linux splits it, from /proc/pid/status: anonymous (GC heap, stacks, native), mapped files, shared memory.</summary>
    private static string RssParts(Process process)
    {
        var path = $"/proc/{process.Id.ToString(CultureInfo.InvariantCulture)}/status";
        if (!File.Exists(path))
        {
            return string.Empty;
        }

        var parts = File.ReadLines(path)
            .Select(line => line.Split(':', 2))
            .Where(pair => pair.Length == 2 && pair[0] is "RssAnon" or "RssFile" or "RssShmem" or "Threads")
            .ToDictionary(pair => pair[0], pair => pair[1].Trim());
        string Part(string key) => parts.TryGetValue(key, out var value) && long.TryParse(value.Split(' ')[0], CultureInfo.InvariantCulture, out var kb)
            ? Megabytes(kb * 1024)
            : "?";
        return $" (anonymous {Part("RssAnon")}, files {Part("RssFile")}, shared {Part("RssShmem")}; {parts.GetValueOrDefault("Threads", "?")} threads)";
    }

    private static string Megabytes(long bytes) => (bytes / 1024d / 1024d).ToString("N1", CultureInfo.InvariantCulture) + " MB";

    private static void AddEnvironment(ProcessStartInfo start, IReadOnlyList<string> environment)
    {
        foreach (var pair in environment)
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new ArgumentException($"--bot-env takes NAME=VALUE, not '{pair}'.");
            }

            start.Environment[pair[..equals]] = pair[(equals + 1)..];
            Console.WriteLine($"  bot environment             {pair}");
        }
    }

    private static List<string> Texts(string[] args, string name) =>
        [.. args.Select((arg, i) => (arg, i)).Where(p => p.arg == name && p.i + 1 < args.Length).Select(p => args[p.i + 1])];

    private static string? Text(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private static int Option(string[] args, string name, int fallback)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }
}
