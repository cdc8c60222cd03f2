using MoocBot.Core.Conversations;
using MoocBot.Discord.Rendering;

namespace MoocBot.Discord.Tests.Rendering;

public sealed class DiscordEmbedRendererTests
{
    private static readonly ReplyComposer Composer = new(TestData.Repository);

    [Fact]
    public void Render_FactReply_PutsCountsInTitleFigureInBoldAndSourceInFieldAndFooter()
    {
        var reply = Composer.ComposeFact(TestData.Repository.FindFact("national.moocs")!);

        var message = DiscordEmbedRenderer.Render(reply);

        var embed = Assert.Single(message.Embeds!);
        Assert.Equal(reply.Figure!.Counts, embed.Title);
        Assert.StartsWith("**more than 97,000** · as of December 2024", embed.Description, StringComparison.Ordinal);
        var field = Assert.Single(embed.Fields!);
        Assert.Equal("Source", field.Name);
        Assert.Contains("reported by Xinhua", field.Value, StringComparison.Ordinal);
        Assert.Equal(reply.Source!.Text, embed.Footer!.Text);
        Assert.Empty(message.AllowedMentions.Parse);
        Assert.Null(message.Flags);
    }

    [Fact]
    public void Render_ChineseFactReply_NamesTheSourceFieldAndDateInChinese()
    {
        var reply = Composer.ComposeFact(TestData.Repository.FindFact("national.moocs")!, ChatLanguage.Chinese);

        var embed = Assert.Single(DiscordEmbedRenderer.Render(reply).Embeds!);

        Assert.StartsWith("**超过9.7万门** · 截至2024年12月", embed.Description, StringComparison.Ordinal);
        var field = Assert.Single(embed.Fields!);
        Assert.Equal("来源", field.Name);
        Assert.Contains("新华社（人民网）报道，2024年12月13日", field.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_ReplyWithAPicture_EmbedShowsTheAttachmentAndAltTextFitsDiscordsLimit()
    {
        var reply = ReplyComposer.ComposeText("MOOCs in China over time") with
        {
            Image = new ReplyImage(new byte[] { 1, 2 }, "national.moocs.png", new string('a', 2000)),
        };

        var message = DiscordEmbedRenderer.Render(reply);

        Assert.Equal("attachment://national.moocs.png", Assert.Single(message.Embeds!).Image?.Url);
        var attachment = Assert.Single(message.Attachments!);
        Assert.Equal((0, "national.moocs.png"), (attachment.Id, attachment.Filename));
        Assert.True(attachment.Description!.Length <= DiscordLimits.AttachmentDescription);
        Assert.Same(reply.Image, message.Upload);
    }

    [Fact]
    public void Render_HostileText_EscapesMarkdownAndMentions()
    {
        var reply = ReplyComposer.ComposeText("@everyone **bold** <@123> [link](https://evil.example) `code` ~~gone~~ || spoiler ||");

        var content = DiscordEmbedRenderer.Render(reply).Content!;

        Assert.Equal(@"\@everyone \*\*bold\*\* \<\@123\> \[link\](https://evil.example) \`code\` \~\~gone\~\~ \|\| spoiler \|\|", content);
    }

    [Fact]
    public void Render_HostileFigure_EscapesTitleAndDescription()
    {
        var reply = new Reply
        {
            Blocks = [ReplyBlock.Text("x")],
            Figure = new ReplyFigure("f", "*Counts* @here", "__9__", "2022"),
        };

        var embed = DiscordEmbedRenderer.RenderEmbed(reply);

        Assert.Equal(@"\*Counts\* \@here", embed.Title);
        Assert.StartsWith(@"**\_\_9\_\_**", embed.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_HugeReply_StaysWithinEveryLimit()
    {
        var long1 = new string('a', 5000);
        var reply = new Reply
        {
            Blocks = [.. Enumerable.Range(0, 50).Select(_ => ReplyBlock.Text(long1))],
            Figure = new ReplyFigure("f", new string('t', 400), new string('9', 300), "2022"),
            Source = new ReplySource(new string('s', 3000), new Uri("https://example.com/a(b)")),
            Buttons = [.. Enumerable.Range(0, 40).Select(i => new ReplyButton(new string('L', 120), "/fact " + i))],
        };

        var message = DiscordEmbedRenderer.Render(reply, inInteraction: true);

        var embed = Assert.Single(message.Embeds!);
        Assert.InRange(embed.Title!.Length, 1, DiscordLimits.EmbedTitle);
        Assert.InRange(embed.Description!.Length, 1, DiscordLimits.EmbedDescription);
        Assert.All(embed.Fields!, f => Assert.InRange(f.Value.Length, 1, DiscordLimits.EmbedFieldValue));
        Assert.InRange(embed.Footer!.Text.Length, 1, DiscordLimits.EmbedFooter);
        var total = embed.Title.Length + embed.Description.Length + embed.Fields!.Sum(f => f.Name.Length + f.Value.Length) + embed.Footer.Text.Length;
        Assert.InRange(total, 1, DiscordLimits.EmbedTotal);
        Assert.Contains("%28b%29", embed.Fields![0].Value, StringComparison.Ordinal);
        Assert.Equal(5, message.Components!.Count);
        Assert.All(message.Components, row => Assert.Equal(5, row.Components!.Count));
        Assert.All(message.Components.SelectMany(r => r.Components!), b => Assert.InRange(b.Label!.Length, 1, DiscordLimits.ButtonLabel));
    }

    [Fact]
    public void Render_LongTextWithoutFigure_MovesIntoAnEmbedRatherThanCutTheContent()
    {
        var reply = ReplyComposer.ComposeText(new string('x', 2500));

        var message = DiscordEmbedRenderer.Render(reply);

        Assert.Null(message.Content);
        Assert.Equal(2500, message.Embeds![0].Description!.Length);
    }

    [Fact]
    public void Render_ButtonCommandsLongerThan100_AreLeftOutAndDuplicatesMerged()
    {
        var reply = ReplyComposer.ComposeText("x") with
        {
            Buttons = [new ReplyButton("A", "/fact a"), new ReplyButton("A again", "/fact a"), new ReplyButton("Too long", "/fact " + new string('z', 100))],
        };

        var message = DiscordEmbedRenderer.Render(reply);

        var button = Assert.Single(Assert.Single(message.Components!).Components!);
        Assert.Equal("/fact a", button.CustomId);
    }

    [Fact]
    public void Render_PrivateReply_IsEphemeralOnlyInAnInteraction()
    {
        var reply = ReplyComposer.ComposePrivateText("only you");

        Assert.Equal(DiscordEmbedRenderer.EphemeralFlag, DiscordEmbedRenderer.Render(reply, inInteraction: true).Flags);
        Assert.Null(DiscordEmbedRenderer.Render(reply).Flags);
    }

    [Fact]
    public void Render_ListWithHeading_UsesTheHeadingAsTitle()
    {
        var facts = TestData.Repository.Facts.Where(f => f.Topic == "national").ToList();
        var reply = Composer.ComposeList("China's MOOCs:", facts, withButtons: true);

        var embed = DiscordEmbedRenderer.RenderEmbed(reply);

        Assert.Equal("China's MOOCs:", embed.Title);
        Assert.Contains("• **more than 97,000** (Dec 2024, Xinhua)", embed.Description, StringComparison.Ordinal);
    }
}
