namespace MoocBot.Core.Conversations;

/// <summary>A run of text with one style; adapters escape <see cref="Text"/> for their markup.</summary>
/// <param name="Text">Unescaped text.</param>
/// <param name="Style">How it is shown.</param>
/// <param name="Url">When set, the span links there.</param>
public sealed record ReplySpan(string Text, SpanStyle Style = SpanStyle.Plain, Uri? Url = null);
