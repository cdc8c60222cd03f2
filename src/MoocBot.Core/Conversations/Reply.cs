namespace MoocBot.Core.Conversations;

/// <summary>A platform-neutral reply; each adapter renders it (Telegram HTML, Discord embed, plain text).</summary>
public sealed record Reply
{
    /// <summary>The paragraphs, in order. They hold everything a plain-text renderer needs.</summary>
    public required IReadOnlyList<ReplyBlock> Blocks { get; init; }

    /// <summary>The figure the reply is about, when it answers a question.</summary>
    public ReplyFigure? Figure { get; init; }

    /// <summary>The source of the figure, also present as the last block.</summary>
    public ReplySource? Source { get; init; }

    /// <summary>A picture sent with the reply (a chart); the blocks stay the reply's text, its caption where the platform has one.</summary>
    public ReplyImage? Image { get; init; }

    /// <summary>Buttons under the reply.</summary>
    public IReadOnlyList<ReplyButton> Buttons { get; init; } = [];

    /// <summary>True for errors, help and confirmations that only the asker needs to see (Discord ephemeral).</summary>
    public bool Private { get; init; }

    /// <summary>The language the reply is written in, for the words a platform adds itself (Discord's "Source" field); Auto means English.</summary>
    public ChatLanguage Language { get; init; }

    /// <summary>The reply as plain text, one paragraph a line.</summary>
    public string ToPlainText() => string.Join('\n', Blocks.Select(RenderPlain));

    private static string RenderPlain(ReplyBlock block) => block.Kind switch
    {
        ReplyBlockKind.ListItem => "• " + block.PlainText,
        ReplyBlockKind.Quote => "“" + block.PlainText + "”",
        _ => block.PlainText,
    };
}
