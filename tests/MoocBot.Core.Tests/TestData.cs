using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests;

/// <summary>
/// The real repository data, found by walking up from the test binaries: the one helper every test project links
/// (Core, Storage, Telegram, Discord and the executable's tests).
/// </summary>
internal static class TestData
{
    private static readonly Lazy<FactRepository> LazyRepository = new(() => FactRepositoryLoader.Load(FactsPath));

    public static string DataFolder { get; } = FindDataFolder();

    public static string FactsPath => Path.Combine(DataFolder, "facts.json");

    public static string VocabularyPath => Path.Combine(DataFolder, "vocabulary.txt");

    /// <summary>The real repository, loaded once per test run.</summary>
    public static FactRepository Repository => LazyRepository.Value;

    private static string FindDataFolder()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "facts.json");
            if (File.Exists(candidate))
            {
                return Path.GetDirectoryName(candidate)!;
            }
        }

        throw new InvalidOperationException("data/facts.json not found above " + AppContext.BaseDirectory);
    }
}
