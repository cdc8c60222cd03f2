using System.Text;
using MoocBot.Core.Conversations;
using MoocBot.Discord.Models;

namespace MoocBot.Discord.Rendering;

/// <summary>
/// Renders a platform-neutral <see cref="Reply"/> as a Discord message: an embed for figures and sourced
/// replies (title = what the figure counts, the figure in bold with its as-of date, the source as a field and
/// the footer) and for pictures (the image inside the embed, uploaded as an attachment), plain content for short
/// texts, buttons as components; always within Discord's limits and with no mentions allowed.
/// </summary>
internal static class DiscordEmbedRenderer
{
    /// <summary>The EPHEMERAL message flag (1 &lt;&lt; 6): only the person who used the command sees the reply.</summary>
    public const int EphemeralFlag = 1 << 6;

    private const int AccentColor = 0x2F6FB3;
    private const string SourceFieldName = "Source";
    private const string ChineseSourceFieldName = "来源";

    /// <summary>Renders <paramref name="reply"/>; <paramref name="inInteraction"/> allows the ephemeral flag, which only interaction responses accept.</summary>
    public static DiscordMessagePayload Render(Reply reply, bool inInteraction = false)
    {
        ArgumentNullException.ThrowIfNull(reply);
        var flags = inInteraction && reply.Private ? EphemeralFlag : (int?)null;
        var components = RenderButtons(reply.Buttons);
        if (reply.Image is { } image)
        {
            // The picture shows inside the embed, uploaded with the message as files[0].
            var embed = RenderEmbed(reply) with { Image = new EmbedImage("attachment://" + image.FileName) };
            return new DiscordMessagePayload
            {
                Embeds = [embed],
                Flags = flags,
                Components = components,
                Attachments = [new MessageAttachment(0, image.FileName, DiscordMarkdown.Truncate(image.AltText, DiscordLimits.AttachmentDescription))],
                Upload = image,
            };
        }

        if (reply.Figure is null && reply.Source is null)
        {
            var content = RenderBlocks(reply.Blocks);
            if (content.Length is > 0 and <= DiscordLimits.Content)
            {
                return new DiscordMessagePayload { Content = content, Flags = flags, Components = components };
            }
        }

        return new DiscordMessagePayload { Embeds = [RenderEmbed(reply)], Flags = flags, Components = components };
    }

    /// <summary>The reply as one embed.</summary>
    public static DiscordEmbed RenderEmbed(Reply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        IEnumerable<ReplyBlock> body = reply.Blocks;
        if (reply.Source is not null)
        {
            body = body.Where(b => b.Kind != ReplyBlockKind.Source);
        }

        string? title = null;
        string? lead = null;
        if (reply.Figure is { } figure)
        {
            title = DiscordMarkdown.Escape(figure.Counts);
            lead = "**" + DiscordMarkdown.Escape(figure.Figure) + (reply.Language == ChatLanguage.Chinese ? "** · 截至" : "** · as of ") + DiscordMarkdown.Escape(figure.AsOf);

            // The composer's first paragraph states the figure in a sentence; the title and lead already say it.
            var first = reply.Blocks.Count > 0 ? reply.Blocks[0] : null;
            if (first is not null && first.Kind == ReplyBlockKind.Paragraph && first.PlainText.Contains(figure.Figure, StringComparison.Ordinal))
            {
                body = body.Where(b => !ReferenceEquals(b, first));
            }
        }
        else if (reply.Blocks.Count > 0 && reply.Blocks[0] is { Kind: ReplyBlockKind.Heading } heading)
        {
            title = DiscordMarkdown.Escape(heading.PlainText);
            body = body.Where(b => !ReferenceEquals(b, heading));
        }

        var rest = RenderBlocks(body);
        var description = lead is null ? rest : rest.Length == 0 ? lead : lead + "\n\n" + rest;

        List<EmbedField>? fields = null;
        EmbedFooter? footer = null;
        if (reply.Source is { } source)
        {
            var sourceText = DiscordMarkdown.Escape(source.Text);
            var value = source.Url is { } url
                ? "[" + DiscordMarkdown.Truncate(sourceText, DiscordLimits.EmbedFieldValue - LinkTarget(url).Length - 4) + "](" + LinkTarget(url) + ")"
                : DiscordMarkdown.Truncate(sourceText, DiscordLimits.EmbedFieldValue);
            fields = [new EmbedField(reply.Language == ChatLanguage.Chinese ? ChineseSourceFieldName : SourceFieldName, value)];

            // Footers are plain text (no markdown, no mentions), so the source goes there unescaped.
            footer = new EmbedFooter(DiscordMarkdown.Truncate(source.Text, DiscordLimits.EmbedFooter));
        }

        title = title is null ? null : DiscordMarkdown.Truncate(title, DiscordLimits.EmbedTitle);
        var others = (title?.Length ?? 0) + (footer?.Text.Length ?? 0) + (fields?.Sum(f => f.Name.Length + f.Value.Length) ?? 0);
        var room = Math.Min(DiscordLimits.EmbedDescription, DiscordLimits.EmbedTotal - others);
        description = DiscordMarkdown.Truncate(description, room);

        return new DiscordEmbed
        {
            Title = title,
            Description = description.Length == 0 ? null : description,
            Url = reply.Source?.Url,
            Color = AccentColor,
            Fields = fields,
            Footer = footer,
        };
    }

    /// <summary>Buttons in action rows of five; each button's command travels in its custom_id.</summary>
    public static IReadOnlyList<MessageComponent>? RenderButtons(IReadOnlyList<ReplyButton> buttons)
    {
        ArgumentNullException.ThrowIfNull(buttons);
        var rendered = buttons
            .Where(b => b.Command.Length is > 0 and <= DiscordLimits.CustomId && b.Label.Length > 0)
            .DistinctBy(b => b.Command, StringComparer.Ordinal)
            .Take(DiscordLimits.ButtonsPerRow * DiscordLimits.ActionRows)
            .Select(b => new MessageComponent
            {
                Type = MessageComponent.ButtonType,
                Style = MessageComponent.SecondaryStyle,
                Label = DiscordMarkdown.Truncate(b.Label, DiscordLimits.ButtonLabel),
                CustomId = b.Command,
            })
            .Chunk(DiscordLimits.ButtonsPerRow)
            .Select(row => new MessageComponent { Type = MessageComponent.ActionRowType, Components = row })
            .ToList();
        return rendered.Count == 0 ? null : rendered;
    }

    /// <summary>Blocks as Discord markdown, one paragraph a line, with every piece of text escaped.</summary>
    public static string RenderBlocks(IEnumerable<ReplyBlock> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        var builder = new StringBuilder();
        foreach (var block in blocks)
        {
            if (builder.Length > 0)
            {
                builder.Append('\n');
            }

            var text = RenderSpans(block.Spans);
            builder.Append(block.Kind switch
            {
                ReplyBlockKind.Heading => "**" + text + "**",
                ReplyBlockKind.ListItem => "• " + text,
                ReplyBlockKind.Quote => "> " + text,
                _ => text,
            });
        }

        return builder.ToString();
    }

    private static string RenderSpans(IReadOnlyList<ReplySpan> spans)
    {
        var builder = new StringBuilder();
        foreach (var span in spans)
        {
            if (span.Text.Length == 0)
            {
                continue;
            }

            var text = span.Style switch
            {
                SpanStyle.Bold => "**" + DiscordMarkdown.Escape(span.Text) + "**",
                SpanStyle.Italic => "*" + DiscordMarkdown.Escape(span.Text) + "*",
                SpanStyle.Code => DiscordMarkdown.Code(span.Text),
                _ => DiscordMarkdown.Escape(span.Text),
            };
            builder.Append(span.Url is { } url ? "[" + text + "](" + LinkTarget(url) + ")" : text);
        }

        return builder.ToString();
    }

    private static string LinkTarget(Uri url) =>
        url.AbsoluteUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);
}
