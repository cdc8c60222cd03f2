namespace MoocBot.Core.Tests.Facts;

/// <summary>A copy of the real facts file and its articles in a temporary folder, to edit while a bot watches it.</summary>
internal sealed class FactsFolder : IDisposable
{
    /// <summary>The article that holds "62,000 MOOCs", relative to the folder.</summary>
    public const string Article = "articles/peoples-daily-2023-01-02.txt";

    private readonly DirectoryInfo _folder;

    private FactsFolder(DirectoryInfo folder) => _folder = folder;

    public string FactsPath => Path.Combine(_folder.FullName, "facts.json");

    public static FactsFolder Create()
    {
        var folder = Directory.CreateTempSubdirectory("moocbot-facts-");
        File.Copy(TestData.FactsPath, Path.Combine(folder.FullName, "facts.json"));
        Directory.CreateDirectory(Path.Combine(folder.FullName, "articles"));
        foreach (var article in Directory.GetFiles(Path.Combine(TestData.DataFolder, "articles")))
        {
            File.Copy(article, Path.Combine(folder.FullName, "articles", Path.GetFileName(article)));
        }

        return new FactsFolder(folder);
    }

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(_folder.FullName, relativePath));

    public void Write(string relativePath, string text) => File.WriteAllText(Path.Combine(_folder.FullName, relativePath), text);

    /// <summary>Replaces <paramref name="oldText"/> in a file, which must contain it.</summary>
    public void Edit(string relativePath, string oldText, string newText)
    {
        var text = Read(relativePath);
        Assert.Contains(oldText, text, StringComparison.Ordinal);
        Write(relativePath, text.Replace(oldText, newText, StringComparison.Ordinal));
    }

    /// <summary>A valid new version: the article now reports 63,000 MOOCs, and so does the fact that quotes it.</summary>
    public void ReportMoreMoocs()
    {
        Edit(Article, "62,000", "63,000");
        Edit("facts.json", "62,000", "63,000");
        Edit("facts.json", "\"value\": 62000,", "\"value\": 63000,");
    }

    /// <summary>Writes every file again with the same content and a later modification time.</summary>
    public void Touch()
    {
        foreach (var file in _folder.EnumerateFiles("*", SearchOption.AllDirectories))
        {
            File.WriteAllBytes(file.FullName, File.ReadAllBytes(file.FullName));
            file.LastWriteTimeUtc = file.LastWriteTimeUtc.AddMinutes(1);
        }
    }

    public void Dispose() => _folder.Delete(recursive: true);
}
