using BenchmarkDotNet.Attributes;
using MoocBot.Core.Answering;
using MoocBot.Core.Facts;

namespace MoocBot.Benchmarks.Answering;

/// <summary>Building the answerer's index, paid once at start-up (and by every <c>ask</c> process).</summary>
[MemoryDiagnoser]
[MedianColumn]
[MinColumn]
public class FactAnswererIndexBenchmarks
{
    private FactRepository _repository = null!;

    [Params(RepositoryKind.Real, RepositoryKind.Synthetic10k)]
    public RepositoryKind Repository { get; set; }

    [GlobalSetup]
    public void Setup() => _repository = BenchmarkData.Get(Repository);

    [Benchmark]
    public FactAnswerer Build() => new(_repository);
}
