namespace MoocBot.Core.Conversations;

/// <summary>What a paragraph of a reply is, so a renderer can lay it out.</summary>
public enum ReplyBlockKind
{
    /// <summary>An ordinary paragraph.</summary>
    Paragraph,

    /// <summary>A heading over what follows.</summary>
    Heading,

    /// <summary>One item of a list.</summary>
    ListItem,

    /// <summary>A verbatim quotation from an article.</summary>
    Quote,

    /// <summary>The source line.</summary>
    Source,
}
