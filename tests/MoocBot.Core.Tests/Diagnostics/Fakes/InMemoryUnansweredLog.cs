using MoocBot.Core.Diagnostics;

namespace MoocBot.Core.Tests.Diagnostics.Fakes;

/// <summary>The unanswered-question log in memory; the real stores pass the shared store suite in MoocBot.Storage.Tests.</summary>
internal sealed class InMemoryUnansweredLog : IUnansweredQuestionLog
{
    private readonly Lock _gate = new();
    private readonly List<UnansweredQuestion> _questions = [];

    /// <summary>When set, every call throws it (a store that is down).</summary>
    public Exception? Failure { get; set; }

    /// <summary>The cutoffs <see cref="DeleteBeforeAsync"/> was called with.</summary>
    public List<DateTimeOffset> Purges { get; } = [];

    /// <summary>Called after each add with the number of questions kept.</summary>
    public Action<int>? OnAdded { get; set; }

    /// <summary>Called after each purge.</summary>
    public Action? OnPurged { get; set; }

    public IReadOnlyList<UnansweredQuestion> Questions
    {
        get
        {
            lock (_gate)
            {
                return [.. _questions];
            }
        }
    }

    public Task AddAsync(IReadOnlyCollection<UnansweredQuestion> questions, CancellationToken cancellationToken)
    {
        ThrowIfDown();
        int count;
        lock (_gate)
        {
            _questions.AddRange(questions);
            count = _questions.Count;
        }

        OnAdded?.Invoke(count);
        return Task.CompletedTask;
    }

    public Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        ThrowIfDown();
        int deleted;
        lock (_gate)
        {
            Purges.Add(cutoff);
            deleted = _questions.RemoveAll(q => q.AskedAt < cutoff);
        }

        OnPurged?.Invoke();
        return Task.FromResult(deleted);
    }

    public Task<IReadOnlyList<QuestionSuggestion>> FindFrequentAsync(DateTimeOffset since, int top, CancellationToken cancellationToken)
    {
        ThrowIfDown();
        lock (_gate)
        {
            IReadOnlyList<QuestionSuggestion> found = [.. _questions.Where(q => q.AskedAt >= since)
                .GroupBy(q => q.NormalizedText)
                .Select(g => new QuestionSuggestion(g.Key, g.Count(), g.Max(q => q.AskedAt)))
                .OrderByDescending(s => s.Count).ThenByDescending(s => s.LastSeen).ThenBy(s => s.NormalizedText, StringComparer.Ordinal)
                .Take(top)];
            return Task.FromResult(found);
        }
    }

    private void ThrowIfDown()
    {
        if (Failure is { } failure)
        {
            throw failure;
        }
    }
}
