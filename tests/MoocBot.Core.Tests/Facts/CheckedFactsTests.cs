using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests.Facts;

public sealed class CheckedFactsTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("moocbot-checked-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Passed_RecordedVersion_IsTrusted()
    {
        var path = Path.Combine(_folder.FullName, "nested", "facts-checked");

        CheckedFacts.Record(Repository("aaaa"), path);

        Assert.True(CheckedFacts.Passed(Repository("aaaa"), path));
    }

    [Fact]
    public void Passed_AnotherVersion_IsCheckedAgain()
    {
        var path = Path.Combine(_folder.FullName, "facts-checked");
        CheckedFacts.Record(Repository("aaaa"), path);

        Assert.False(CheckedFacts.Passed(Repository("bbbb"), path));
    }

    [Fact]
    public void Passed_TwoBuildsTakingTurns_BothStayTrusted()
    {
        var path = Path.Combine(_folder.FullName, "facts-checked");
        CheckedFacts.Record(Repository("aaaa"), path);
        CheckedFacts.Record(Repository("bbbb"), path);
        CheckedFacts.Record(Repository("aaaa"), path);

        Assert.True(CheckedFacts.Passed(Repository("aaaa"), path));
        Assert.True(CheckedFacts.Passed(Repository("bbbb"), path));
        Assert.Equal(2, File.ReadAllLines(path).Length);
    }

    [Fact]
    public void Record_MoreVersionsThanKept_OldestIsCheckedAgain()
    {
        var path = Path.Combine(_folder.FullName, "facts-checked");
        for (var i = 0; i <= CheckedFacts.Kept; i++)
        {
            CheckedFacts.Record(Repository($"v{i}"), path);
        }

        Assert.False(CheckedFacts.Passed(Repository("v0"), path));
        Assert.True(CheckedFacts.Passed(Repository("v1"), path));
        Assert.True(CheckedFacts.Passed(Repository($"v{CheckedFacts.Kept}"), path));
    }

    [Fact]
    public void Passed_NothingRecorded_IsCheckedAgain()
    {
        Assert.False(CheckedFacts.Passed(Repository("aaaa"), Path.Combine(_folder.FullName, "facts-checked")));
    }

    [Fact]
    public void Record_FolderCannotBeMade_IsIgnored()
    {
        var file = Path.Combine(_folder.FullName, "a-file");
        File.WriteAllText(file, "not a folder");
        var path = Path.Combine(file, "facts-checked");

        CheckedFacts.Record(Repository("aaaa"), path);

        Assert.False(CheckedFacts.Passed(Repository("aaaa"), path));
    }

    private static FactRepository Repository(string version) => new([], [], version);
}
