using MoocBot.Core.Facts;

namespace MoocBot.Telegram.Tests;

/// <summary>The real fact repository, found by walking up from the test binaries.</summary>
internal static class TestData
{
    public static string FactsPath { get; } = FindFactsPath();

    private static readonly Lazy<FactRepository> LazyRepository = new(() => FactRepositoryLoader.Load(FactsPath));

    public static FactRepository Repository => LazyRepository.Value;

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
