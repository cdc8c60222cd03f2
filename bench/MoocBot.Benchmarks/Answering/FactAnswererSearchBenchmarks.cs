using BenchmarkDotNet.Attributes;
using MoocBot.Core.Answering;
using MoocBot.Core.Facts;

namespace MoocBot.Benchmarks.Answering;

/// <summary>Search as inline mode and autocomplete use it: partial queries, the best five facts.</summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class FactAnswererSearchBenchmarks
{
    private static readonly string[] Queries = ["mooc", "regis", "teach", "west uni", "visits", "english cour", "unesco", "how many lang"];

    private FactAnswerer _answerer = null!;
    private int _next;

    [Params(RepositoryKind.Real, RepositoryKind.Synthetic10k)]
    public RepositoryKind Repository { get; set; }

    [GlobalSetup]
    public void Setup() => _answerer = new FactAnswerer(BenchmarkData.Get(Repository));

    [Benchmark]
    public IReadOnlyList<Fact> Search()
    {
        var query = Queries[_next];
        _next = _next + 1 == Queries.Length ? 0 : _next + 1;
        return _answerer.Search(query, 5);
    }
}
