using Microsoft.Extensions.Diagnostics.HealthChecks;
using MoocBot.Core.Answering;
using MoocBot.Core.Facts;

namespace MoocBot.Hosting.Health;

/// <summary>
/// The fact repository served is loaded and passes its check against its articles. A change to the facts
/// file that was refused (the old version is still served) degrades the bot until the file is fixed.
/// </summary>
internal sealed class FactsHealthCheck(CurrentFacts facts) : IHealthCheck
{
    public const string Name = "facts";

    // The check reads every article: run it once per version served, not on every probe.
    private Tuple<FactRepository, int>? _checked;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var repository = facts.Repository;
        var problems = ProblemsOf(repository);
        var rejected = facts.Rejected;
        var data = new Dictionary<string, object>
        {
            ["version"] = repository.Version,
            ["facts"] = repository.Facts.Count,
            ["articles"] = repository.Articles.Count,
            ["problems"] = problems,
        };
        if (rejected is not null)
        {
            data["rejectedAt"] = rejected.At;
            data["rejectedProblems"] = rejected.Problems;
        }

        var result = repository.Facts.Count == 0
            ? HealthCheckResult.Unhealthy("The fact repository has no facts.", data: data)
            : problems > 0
                ? HealthCheckResult.Unhealthy($"The fact repository has {problems} problem(s); run 'moocbot facts check'.", data: data)
                : rejected is not null
                    ? HealthCheckResult.Degraded($"The facts file changed but was refused, still serving version {repository.Version}: {rejected}", data: data)
                    : HealthCheckResult.Healthy($"{repository.Facts.Count} facts, version {repository.Version}.", data);
        return Task.FromResult(result);
    }

    private int ProblemsOf(FactRepository repository)
    {
        if (Volatile.Read(ref _checked) is { } known && ReferenceEquals(known.Item1, repository))
        {
            return known.Item2;
        }

        var problems = FactChecker.Check(repository).Count;
        Volatile.Write(ref _checked, Tuple.Create(repository, problems));
        return problems;
    }
}
