using BenchmarkDotNet.Running;
using MoocBot.Benchmarks.Soak;
using MoocBot.Benchmarks.Telegram;

namespace MoocBot.Benchmarks;

internal static class Program
{
    private static async Task<int> Main(string[] args) => args switch
    {
        ["telegram-load", .. var rest] => await TelegramLoadRun.RunAsync(rest),
        ["telegram-alloc", .. var rest] => await TelegramAllocationRun.RunAsync(rest),
        ["telegram-host", ..] => await TelegramLoadHost.RunAsync(),
        ["telegram-soak", .. var rest] => await TelegramSoakRun.RunAsync(rest),
        _ => RunBenchmarks(args),
    };

    private static int RunBenchmarks(string[] args)
    {
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
