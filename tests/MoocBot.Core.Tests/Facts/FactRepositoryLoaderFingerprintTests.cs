using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests.Facts;

public sealed class FactRepositoryLoaderFingerprintTests
{
    [Fact]
    public void Fingerprint_FilesThatLoad_IsTheirVersion()
    {
        using var files = FactsFolder.Create();

        Assert.Equal(FactRepositoryLoader.Load(files.FactsPath).Version, FactRepositoryLoader.Fingerprint(files.FactsPath));
    }

    [Fact]
    public void Fingerprint_OnlyAnArticleEdited_Changes()
    {
        using var files = FactsFolder.Create();
        var before = FactRepositoryLoader.Fingerprint(files.FactsPath);

        files.Edit(FactsFolder.Article, "62,000", "63,000");

        Assert.NotEqual(before, FactRepositoryLoader.Fingerprint(files.FactsPath));
    }

    [Fact]
    public void Fingerprint_OnlyTheVocabularyEdited_ChangesAndIsTheNewVersion()
    {
        using var files = FactsFolder.Create();
        var before = FactRepositoryLoader.Fingerprint(files.FactsPath);

        files.Write(VocabularyParser.FileName, files.Read(VocabularyParser.FileName) + "\n# section synonyms\nwebinar => mooc\n");

        Assert.NotEqual(before, FactRepositoryLoader.Fingerprint(files.FactsPath));
        Assert.Equal(FactRepositoryLoader.Load(files.FactsPath).Version, FactRepositoryLoader.Fingerprint(files.FactsPath));
    }

    [Fact]
    public void Fingerprint_Touched_StaysTheSame()
    {
        using var files = FactsFolder.Create();
        var before = FactRepositoryLoader.Fingerprint(files.FactsPath);

        files.Touch();

        Assert.Equal(before, FactRepositoryLoader.Fingerprint(files.FactsPath));
    }

    [Fact]
    public void Fingerprint_HalfWrittenThenMissingArticle_DiffersEachTimeAndFromTheVersion()
    {
        using var files = FactsFolder.Create();
        var whole = files.Read("facts.json");
        var version = FactRepositoryLoader.Fingerprint(files.FactsPath);

        files.Write("facts.json", whole[..(whole.Length / 2)]);
        var half = FactRepositoryLoader.Fingerprint(files.FactsPath);
        files.Write("facts.json", whole);
        File.Delete(Path.Combine(Path.GetDirectoryName(files.FactsPath)!, FactsFolder.Article));
        var missing = FactRepositoryLoader.Fingerprint(files.FactsPath);

        Assert.Equal(3, new[] { version, half, missing }.Distinct().Count());
    }
}
