namespace MoocBot.Core.Conversations;

/// <summary>How a piece of reply text is shown.</summary>
public enum SpanStyle
{
    /// <summary>Plain text.</summary>
    Plain,

    /// <summary>Bold: the figure.</summary>
    Bold,

    /// <summary>Italic: notes and source lines.</summary>
    Italic,

    /// <summary>Monospace: commands and ids.</summary>
    Code,
}
