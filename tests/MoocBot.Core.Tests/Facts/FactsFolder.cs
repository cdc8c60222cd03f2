using System.Text.Json.Nodes;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests.Facts;

/// <summary>A copy of the real facts file, its articles and its vocabulary in a temporary folder, to edit while a bot watches it.</summary>
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
        File.Copy(TestData.VocabularyPath, Path.Combine(folder.FullName, VocabularyParser.FileName));
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

    /// <summary>The newest MOOC count after <see cref="ReportMoreMoocs"/>.</summary>
    public const string MoreMoocs = "more than 98,500";

    /// <summary>
    /// A valid new version: a (fictional, test-only) report gives a newer count of MOOCs, more than 98,500 as of
    /// June 2025, added as the newest observation of national.moocs.
    /// </summary>
    public void ReportMoreMoocs()
    {
        var document = JsonNode.Parse(Read("facts.json"))!.AsObject();
        document["reports"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "test-gazette-2025-07-01",
            ["publisher"] = "MoocBot Test Gazette",
            ["published"] = "2025-07-01",
            ["url"] = null,
        });
        var moocs = document["measures"]!.AsArray().Single(m => (string?)m!["id"] == "national.moocs")!;
        moocs["observations"]!.AsArray().Add(new JsonObject
        {
            ["value"] = 98500,
            ["qualifier"] = "moreThan",
            ["display"] = MoreMoocs,
            ["asOf"] = "2025-06",
            ["report"] = "test-gazette-2025-07-01",
            ["statement"] = "A made-up count for tests: more than 98,500 MOOCs as of June 2025.",
        });
        Write("facts.json", document.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
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
