namespace MoocBot.Core.Tests;

/// <summary>Paths to the real repository data, found by walking up from the test binaries.</summary>
internal static class TestData
{
    public static string DataFolder { get; } = FindDataFolder();

    public static string FactsPath => Path.Combine(DataFolder, "facts.json");

    public static string VocabularyPath => Path.Combine(DataFolder, "vocabulary.txt");

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
