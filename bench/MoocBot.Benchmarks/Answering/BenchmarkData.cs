using MoocBot.Core.Facts;

namespace MoocBot.Benchmarks.Answering;

/// <summary>The repositories the benchmarks answer over, built once per benchmark process.</summary>
internal static class BenchmarkData
{
    /// <summary>data/facts.json of the repository, found by walking up from the benchmark binaries.</summary>
    public static string FactsPath { get; } = FindFactsPath();

    private static readonly Lazy<FactRepository> RealRepository = new(() => FactRepositoryLoader.Load(FactsPath));
    private static readonly Lazy<FactRepository> SyntheticRepository = new(() => SyntheticFacts.Create(RealRepository.Value, SyntheticFacts.DefaultCount));

    public static FactRepository Real => RealRepository.Value;

    /// <summary>The real facts plus 10,000 generated ones (see <see cref="SyntheticFacts"/>).</summary>
    public static FactRepository Synthetic => SyntheticRepository.Value;

    public static FactRepository Get(RepositoryKind kind) => kind == RepositoryKind.Real ? Real : Synthetic;

    // BenchmarkDotNet runs each case from a generated folder below the project's output, so the
    // repository's own data/ is found further up; the path works from bin/ and from that folder alike.
    private static string FindFactsPath()
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
}
