namespace MoocBot.Core.Diagnostics;

/// <summary>
/// The durable side of the opt-in unanswered-question log (questions answered "not found"), kept so a
/// maintainer can add aliases. MoocBot.Storage implements it over SQLite and PostgreSQL.
/// </summary>
public interface IUnansweredQuestionLog
{
    /// <summary>Appends questions, in one transaction.</summary>
    Task AddAsync(IReadOnlyCollection<UnansweredQuestion> questions, CancellationToken cancellationToken);

    /// <summary>Deletes every question asked before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>
    /// The <paramref name="top"/> most frequent normalized questions asked since <paramref name="since"/>,
    /// most frequent first, then the most recently asked.
    /// </summary>
    Task<IReadOnlyList<QuestionSuggestion>> FindFrequentAsync(DateTimeOffset since, int top, CancellationToken cancellationToken);
}
