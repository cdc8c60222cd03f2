namespace MoocBot.Core.Diagnostics;

/// <summary>One line of <c>facts suggestions</c>: an unanswered question, how often it was asked and when last.</summary>
/// <param name="NormalizedText">The question as grouped (lower case, punctuation folded).</param>
/// <param name="Count">How many times it was asked in the period.</param>
/// <param name="LastSeen">When it was last asked.</param>
public sealed record QuestionSuggestion(string NormalizedText, int Count, DateTimeOffset LastSeen);
