using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests.Notices;

/// <summary>The real repository, and versions of it with some facts changed, added or removed.</summary>
internal static class NoticeTestData
{
    private static readonly Lazy<FactRepository> Loaded = new(() => FactRepositoryLoader.Load(TestData.FactsPath));

    public static FactRepository Current => Loaded.Value;

    /// <summary>A next version: national.moocs is now 63,000 as of November 2023, and west.universities is gone.</summary>
    public static FactRepository NextYear => Edit(Current, "next-year",
        facts => [.. facts
            .Where(f => f.Id != "west.universities")
            .Select(f => f.Id == "national.moocs" ? f with { Value = 63000, Display = "63,000", AsOf = "2023-11" } : f),
            Current.FindFact("national.learners")! with { Id = "national.new-courses", Counts = "new MOOCs in 2023", Value = 1000, Display = "1,000" }]);

    public static FactRepository Edit(FactRepository repository, string version, Func<IReadOnlyList<Fact>, IReadOnlyList<Fact>> edit) =>
        new(repository.Articles, edit(repository.Facts), version);

    public static FactRepository Change(FactRepository repository, string version, params string[] factIds) =>
        Edit(repository, version, facts => [.. facts.Select(f => factIds.Contains(f.Id) ? f with { Display = f.Display + " (revised)" } : f)]);
}
