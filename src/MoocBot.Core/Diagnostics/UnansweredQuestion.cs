namespace MoocBot.Core.Diagnostics;

/// <summary>
/// A question the bot could not answer, as the unanswered-question log keeps it: no user or chat id,
/// mentions replaced, cut to the configured length.
/// </summary>
/// <param name="Platform">"telegram", "discord", "console".</param>
/// <param name="Text">The question as asked, cleaned, mentions replaced and cut to length.</param>
/// <param name="NormalizedText">The text the suggestions group by: lower case, punctuation folded to spaces.</param>
/// <param name="AskedAt">When it was asked.</param>
public sealed record UnansweredQuestion(string Platform, string Text, string NormalizedText, DateTimeOffset AskedAt)
{
    /// <summary>Builds the logged form of <paramref name="text"/>, with mentions replaced and the text cut to <paramref name="maxLength"/>.</summary>
    public static UnansweredQuestion Create(string platform, string text, DateTimeOffset askedAt, int maxLength)
    {
        var kept = QuestionText.Truncate(QuestionText.Scrub(text), maxLength);
        return new UnansweredQuestion(platform, kept, QuestionText.Normalize(kept), askedAt);
    }
}
