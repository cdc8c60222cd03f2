using MoocBot.Core.Facts;

namespace MoocBot.Benchmarks.Answering;

/// <summary>The repositories the benchmarks answer over, built once per benchmark process.</summary>
internal static class BenchmarkData
{
    /// <summary>The repository's root folder (where MoocBot.sln is), found by walking up from the benchmark binaries.</summary>
    public static string RootFolder { get; } = FindRootFolder();

    /// <summary>data/facts.json as checked in (not the copy next to the binaries, which may be stale).</summary>
    public static string FactsPath => Path.Combine(RootFolder, "data", "facts.json");

    private static readonly Lazy<FactRepository> RealRepository = new(() => FactRepositoryLoader.Load(FactsPath));
    private static readonly Lazy<FactRepository> SyntheticRepository = new(() => SyntheticFacts.Create(RealRepository.Value, SyntheticFacts.DefaultCount));

    public static FactRepository Real => RealRepository.Value;

    /// <summary>The real facts plus 10,000 generated ones (see <see cref="SyntheticFacts"/>).</summary>
    public static FactRepository Synthetic => SyntheticRepository.Value;

    public static FactRepository Get(RepositoryKind kind) => kind == RepositoryKind.Real ? Real : Synthetic;

    // BenchmarkDotNet runs each case from a generated folder below the project's output, which holds
    // its own copy of data/; the root is found further up from there and from bin/ alike.
    private static string FindRootFolder()
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
