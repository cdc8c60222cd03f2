using BenchmarkDotNet.Attributes;
using MoocBot.Core.Answering;
using MoocBot.Core.Facts;

namespace MoocBot.Benchmarks.Answering;

/// <summary>
/// Time and allocations to answer one question, over the development question set: with the real
/// repository, and with 10,000 synthetic facts added (targets: at most 20 µs and 200 µs).
/// </summary>
[MemoryDiagnoser]
public class FactAnswererBenchmarks
{
    private const int QuestionCount = 200;
    private string[] _questions = [];
    private FactAnswerer _real = null!;
    private FactAnswerer _large = null!;

    [GlobalSetup]
    public void Setup()
    {
        var root = FindRoot();
        var repository = FactRepositoryLoader.Load(Path.Combine(root, "data", "facts.json"));
        _questions = [.. File.ReadLines(Path.Combine(root, "tests", "MoocBot.Core.Tests", "Answering", "questions.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t')[0])
            .Take(QuestionCount)];
        _real = new FactAnswerer(repository);
        _large = new FactAnswerer(SyntheticFacts.Grow(repository, 10_000));
    }

    [Benchmark(OperationsPerInvoke = QuestionCount)]
    public int RealRepository() => AnswerAll(_real);

    [Benchmark(OperationsPerInvoke = QuestionCount)]
    public int TenThousandFacts() => AnswerAll(_large);

    private int AnswerAll(FactAnswerer answerer)
    {
        var found = 0;
        foreach (var question in _questions)
        {
            found += answerer.Answer(question).Facts.Count;
        }

        return found;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MoocBot.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("MoocBot.sln not found above " + AppContext.BaseDirectory);
    }
}
