using MoocBot.Core.Facts;

namespace MoocBot.Core.Tests.Notices;

/// <summary>The real repository, and versions of it with some facts changed, added or removed.</summary>
internal static class NoticeTestData
{
    private static readonly Lazy<FactRepository> Loaded = new(() => FactRepositoryLoader.Load(TestData.FactsPath));

    public static FactRepository Current => Loaded.Value;

    /// <summary>A next version: national.moocs is now more than 98,500 as of June 2025, a new count is added, and west.universities is gone.</summary>
    public static FactRepository NextYear => Edit(Current, "next-year",
        facts => [.. facts
            .Where(f => f.Id != "west.universities")
            .Select(f => f.Id == "national.moocs" ? f with { Value = 98500, Display = "more than 98,500", AsOf = "2025-06" } : f),
            Current.FindFact("national.learners")! with { Id = "national.new-courses", Label = "New MOOCs in 2025", Counts = "new MOOCs in 2025", Value = 1000, Qualifier = Qualifier.Exact, Display = "1,000" }]);

    /// <summary>A version whose measures are the edited current facts (one observation each), with the same topics and sources.</summary>
    public static FactRepository Edit(FactRepository repository, string version, Func<IReadOnlyList<Fact>, IReadOnlyList<Fact>> edit) =>
        new(repository.Topics, repository.Articles, repository.Reports, [.. edit(repository.Facts).Select(Measure.FromFact)], version);

    public static FactRepository Change(FactRepository repository, string version, params string[] factIds) =>
        Edit(repository, version, facts => [.. facts.Select(f => factIds.Contains(f.Id) ? f with { Display = f.Display + " (revised)" } : f)]);
}
