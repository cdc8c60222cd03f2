using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using MoocBot.Benchmarks.Answering;
using MoocBot.Cli;
using MoocBot.Core;
using MoocBot.Core.Answering;
using MoocBot.Core.Asking;
using MoocBot.Core.Conversations;

namespace MoocBot.Benchmarks.Cli;

/// <summary>
/// <c>ask --json</c> in process: one JSON line (answer, compose, serialise), and a whole run over
/// 1,000 questions on standard input including loading and checking the repository. The gap to
/// bench/run-answering.sh's process time is the runtime's start-up and JIT.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class AskJsonBenchmarks
{
    private const int BatchSize = 1_000;

    private ServiceProvider _services = null!;
    private AnswerJsonWriter _writer = null!;
    private string[] _questions = [];
    private string _batch = string.Empty;
    private int _next;

    [GlobalSetup]
    public void Setup()
    {
        // The verb reads Facts:Path through configuration; point it at the repository's data.
        Environment.SetEnvironmentVariable("Facts__Path", BenchmarkData.FactsPath);
        _services = new ServiceCollection()
            .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
            .AddSingleton(typeof(ILogger<>), typeof(Logger<>))
            .AddMoocBotCore(BenchmarkData.Real)
            .BuildServiceProvider();
        _writer = new AnswerJsonWriter(_services.GetRequiredService<CurrentFacts>().Answerer, _services.GetRequiredService<ReplyComposer>());
        _questions = [.. BenchmarkQuestions.Mixed];
        _batch = string.Join('\n', Enumerable.Range(0, BatchSize).Select(i => _questions[i % _questions.Length])) + "\n";
    }

    [GlobalCleanup]
    public void Cleanup() => _services.Dispose();

    [Benchmark]
    public string JsonLine()
    {
        var question = _questions[_next];
        _next = _next + 1 == _questions.Length ? 0 : _next + 1;
        return _writer.Write(question);
    }

    [Benchmark]
    public async Task<int> JsonLinesBatch1000()
    {
        using var input = new StringReader(_batch);
        var exit = await MoocBotCommandLine.RunAsync(["ask", "--json"], input, TextWriter.Null, TextWriter.Null, CancellationToken.None);
        return exit == MoocBotCommandLine.Ok ? exit : throw new InvalidOperationException($"ask --json exited with {exit}.");
    }
}
