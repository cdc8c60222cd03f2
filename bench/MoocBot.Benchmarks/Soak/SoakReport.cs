using System.Globalization;

namespace MoocBot.Benchmarks.Soak;

/// <summary>Prints a soak run's figures: the exactly-once verdict, latency, faults, memory and CPU.</summary>
internal static class SoakReport
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    public static void Write(TextWriter output, SoakRunFigures figures)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(figures);
        var o = figures.Options;
        var t = figures.Tally;
        var feedSeconds = figures.FeedTime.TotalSeconds;
        var inFeed = figures.Samples.Where(s => s.At <= figures.FeedTime + TimeSpan.FromSeconds(1)).ToList();
        var firstMinute = inFeed.Where(s => s.At > TimeSpan.Zero && s.At <= Minute).ToList();
        var lastMinute = inFeed.Where(s => s.At > TimeSpan.Zero && s.At >= figures.FeedTime - Minute).ToList();
        var afterMinuteOne = inFeed.Where(s => s.At >= Minute).ToList();
        var secondHalf = inFeed.Where(s => s.At >= figures.FeedTime / 2).ToList();

        output.WriteLine();
        output.WriteLine(Invariant($"Telegram soak run: {o.Minutes:0.##} min at {o.Rate:0.##} updates/s, {o.Fault5xx:P1} 5xx and {o.Fault429:P1} 429 (retry_after 1) on sendMessage"));
        output.WriteLine(Invariant($"  machine                     {Environment.ProcessorCount} cores, .NET {Environment.Version}, {Environment.OSVersion}"));
        output.WriteLine(Invariant($"  bot                         the moocbot executable, pid {figures.BotProcessId}, its appsettings.json as shipped (rate limits on), Telegram and SQLite settings from the environment"));
        output.WriteLine(Invariant($"  population                  {o.PrivateUsers:N0} private chats, {o.Groups:N0} groups with {o.GroupUsers:N0} users; {figures.Calibration.PrivateQuestions.Count} questions, {figures.Calibration.GroupMentions.Count} mentions, {figures.Calibration.GroupCommands.Count} commands"));
        output.WriteLine(Invariant($"  fed                         {figures.Fed:N0} updates in {feedSeconds:N1} s = {figures.Fed / feedSeconds:N1}/s (target {o.Rate:0.##}/s)"));
        output.WriteLine(Invariant($"  answered during the feed    {figures.AnsweredDuringFeed:N0} = {figures.AnsweredDuringFeed / feedSeconds:N1}/s"));
        output.WriteLine(figures.AllAnsweredAt is { } done
            ? Invariant($"  all answered                {done.TotalSeconds:N1} s after the feed started ({(done - figures.FeedTime).TotalSeconds:N1} s after it ended)")
            : Invariant($"  all answered                NO: the bot stopped sending (or {o.DrainTimeout.TotalSeconds:N0} s passed) with questions unanswered"));
        output.WriteLine(Invariant($"  backlog at the fake         max {(inFeed.Count == 0 ? 0 : inFeed.Max(s => s.Backlog)):N0} updates not yet confirmed by getUpdates"));
        output.WriteLine();
        output.WriteLine(Invariant($"  questions                   {t.Expected:N0}"));
        output.WriteLine(Invariant($"  answered                    {t.Answered:N0}"));
        output.WriteLine(Invariant($"  unanswered                  {t.Missing:N0}{Breakdown(t.UnansweredByFaults)}"));
        output.WriteLine(Invariant($"  answered twice or more      {t.Duplicates:N0} extra messages"));
        output.WriteLine(Invariant($"  messages answering nothing  {t.Unexpected:N0}{(t.UnexpectedSamples.Count == 0 ? string.Empty : ": " + string.Join(" | ", t.UnexpectedSamples))}"));
        output.WriteLine(Invariant($"  latency update to reply     p50 {Ms(t.Percentile(0.50))}, p90 {Ms(t.Percentile(0.90))}, p99 {Ms(t.Percentile(0.99))}, p99.9 {Ms(t.Percentile(0.999))}, max {Ms(t.Percentile(1))}"));
        output.WriteLine(Invariant($"  sendMessage calls           {t.Attempts:N0}"));
        output.WriteLine(Invariant($"  faults injected             {Codes(t.Injected)}"));
        output.WriteLine(Invariant($"  faults retried by the bot   {Codes(t.Retried)}"));
        output.WriteLine();
        if (inFeed.Count > 0)
        {
            output.WriteLine(Invariant($"  bot RSS at the feed's start {Megabytes(inFeed[0].ResidentBytes)} (idle after start-up and calibration)"));
            output.WriteLine(Invariant($"  bot RSS first minute        {Megabytes(Average(firstMinute))} average"));
            output.WriteLine(Invariant($"  bot RSS last minute         {Megabytes(Average(lastMinute))} average"));
            output.WriteLine(Invariant($"  bot RSS min / max           {Megabytes(inFeed.Min(s => s.ResidentBytes))} / {Megabytes(inFeed.Max(s => s.ResidentBytes))} during the feed ({inFeed.Count} samples, every {o.SampleEvery.TotalSeconds:0} s)"));
            output.WriteLine(Invariant($"  bot RSS trend after min 1   {Slope(afterMinuteOne):+0.00;-0.00;0.00} MB per minute (least squares)"));
            output.WriteLine(Invariant($"  bot RSS trend, second half  {Slope(secondHalf):+0.00;-0.00;0.00} MB per minute"));
            output.WriteLine(Invariant($"  bot RSS after settling      {Megabytes(figures.Samples[^1].ResidentBytes)}"));
        }

        output.WriteLine(Invariant($"  bot CPU during the feed     {figures.BotCpuDuringFeed.TotalSeconds:N1} s = {figures.BotCpuDuringFeed.TotalSeconds / feedSeconds:P0} of one core, {figures.BotCpuDuringFeed.TotalMilliseconds * 1000 / Math.Max(1, figures.Fed):N0} µs per update"));
        output.WriteLine(Invariant($"  bot CPU in all              {figures.BotCpuTotal.TotalSeconds:N1} s; soak process (fake server and feeder) {figures.SoakCpuTotal.TotalSeconds:N1} s"));
        output.WriteLine(Invariant($"  bot exit on SIGTERM         {(figures.BotExitedEarly ? "it had already exited, " : string.Empty)}code {figures.BotExitCode}"));
        output.WriteLine(Invariant($"  bot log and database        {figures.WorkDirectory}"));
        output.WriteLine();
        output.WriteLine(t.ExactlyOnce && !figures.BotExitedEarly && figures.BotExitCode == 0
            ? "PASS: every question answered exactly once."
            : "FAIL: see the unanswered, duplicate and unexpected counts above.");
    }

    public static string Megabytes(double bytes) => (bytes / 1024d / 1024d).ToString("N1", CultureInfo.InvariantCulture) + " MB";

    private static string Ms(double milliseconds) =>
        double.IsNaN(milliseconds) ? "-" : milliseconds.ToString(milliseconds < 10 ? "N1" : "N0", CultureInfo.InvariantCulture) + " ms";

    private static double Average(List<ResourceSample> samples) => samples.Count == 0 ? double.NaN : samples.Average(s => (double)s.ResidentBytes);

    /// <summary>Least-squares slope of RSS over time, in MB per minute.</summary>
    private static double Slope(List<ResourceSample> samples)
    {
        if (samples.Count < 2)
        {
            return double.NaN;
        }

        var xs = samples.Select(s => s.At.TotalMinutes).ToArray();
        var ys = samples.Select(s => s.ResidentBytes / 1024d / 1024d).ToArray();
        var (mx, my) = (xs.Average(), ys.Average());
        var covariance = xs.Zip(ys, (x, y) => (x - mx) * (y - my)).Sum();
        var variance = xs.Sum(x => (x - mx) * (x - mx));
        return variance == 0 ? double.NaN : covariance / variance;
    }

    private static string Codes(IReadOnlyDictionary<int, long> counts) =>
        counts.Count == 0 ? "none" : string.Join(", ", counts.Select(p => Invariant($"{p.Value:N0} × {p.Key}")));

    private static string Breakdown(IReadOnlyDictionary<string, long> byFaults) =>
        byFaults.Count == 0 ? string.Empty : " (faults met: " + string.Join("; ", byFaults.Select(p => Invariant($"{p.Key}: {p.Value:N0}"))) + ")";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
