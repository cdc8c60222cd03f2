namespace MoocBot.Core.Conversations.FollowUps;

/// <summary>A follow-up as <see cref="FollowUpReader"/> read it.</summary>
/// <param name="Kind">What it asks.</param>
/// <param name="Text">The text as asked.</param>
/// <param name="Topic">The topic it moves to ("west" for "and in the west?"), or null to stay.</param>
/// <param name="OtherPlace">The place it names has no figures here ("and in the east?"), or null.</param>
/// <param name="Measure">The words left once the follow-up words, the place and the time are taken out ("registered users"); empty when it names no measure.</param>
public sealed record FollowUpRequest(FollowUpKind Kind, string Text, string? Topic, string? OtherPlace, string Measure);
