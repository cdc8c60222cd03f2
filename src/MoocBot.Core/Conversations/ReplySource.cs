namespace MoocBot.Core.Conversations;

/// <summary>Where a figure comes from.</summary>
/// <param name="Text">"People's Daily, 2 Jan 2023, reporter Ding Yasong; figures from the Ministry of Education".</param>
/// <param name="Url">The article's address, when known.</param>
public sealed record ReplySource(string Text, Uri? Url);
