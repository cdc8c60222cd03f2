using Microsoft.Extensions.Diagnostics.HealthChecks;
using MoocBot.Core.Facts;

namespace MoocBot.Hosting.Health;

/// <summary>The fact repository is loaded and passes its check against its articles (run once: the repository does not change while the bot runs).</summary>
internal sealed class FactsHealthCheck(FactRepository repository) : IHealthCheck
{
    public const string Name = "facts";

    private readonly Lazy<int> _problems = new(() => FactChecker.Check(repository).Count);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = new Dictionary<string, object>
        {
            ["version"] = repository.Version,
            ["facts"] = repository.Facts.Count,
            ["articles"] = repository.Articles.Count,
            ["problems"] = _problems.Value,
        };
        var result = repository.Facts.Count == 0
            ? HealthCheckResult.Unhealthy("The fact repository has no facts.", data: data)
            : _problems.Value > 0
                ? HealthCheckResult.Unhealthy($"The fact repository has {_problems.Value} problem(s); run 'moocbot facts check'.", data: data)
                : HealthCheckResult.Healthy($"{repository.Facts.Count} facts, version {repository.Version}.", data);
        return Task.FromResult(result);
    }
}
