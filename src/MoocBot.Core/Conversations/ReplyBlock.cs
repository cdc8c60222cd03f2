namespace MoocBot.Core.Conversations;

/// <summary>A paragraph of a reply: styled spans that a renderer keeps together when it splits long replies.</summary>
/// <param name="Kind">What the paragraph is.</param>
/// <param name="Spans">Its text.</param>
public sealed record ReplyBlock(ReplyBlockKind Kind, IReadOnlyList<ReplySpan> Spans)
{
    /// <summary>The block's text without styling.</summary>
    public string PlainText => string.Concat(Spans.Select(s => s.Text));

    /// <summary>A paragraph of plain text.</summary>
    public static ReplyBlock Text(string text) => new(ReplyBlockKind.Paragraph, [new ReplySpan(text)]);
}
