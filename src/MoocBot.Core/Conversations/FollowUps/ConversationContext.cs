namespace MoocBot.Core.Conversations.FollowUps;

/// <summary>What a user last asked about in a chat: a follow-up ("and in the west?") is read against it.</summary>
/// <param name="Question">The question as asked, reported as what a follow-up followed ("followUpOf").</param>
/// <param name="MeasureId">The measure the answer was about.</param>
/// <param name="Topic">The measure's topic.</param>
/// <param name="Time">The time asked about, "2020" or "2022-11"; null for the newest figure.</param>
/// <param name="AskedAt">When it was asked; the context expires <c>Conversations:FollowUpWindow</c> later.</param>
public sealed record ConversationContext(string Question, string MeasureId, string Topic, string? Time, DateTimeOffset AskedAt);
