using MoocBot.Core.Facts;

namespace MoocBot.Core.Conversations;

/// <summary>
/// Adds to the reply about one fact from a feature Conversations does not know (Notices offers a Subscribe
/// button through it), so the dependency points from that feature to Conversations and never back.
/// </summary>
public interface IFactReplyExtension
{
    /// <summary>The buttons to show under <paramref name="fact"/>'s card, after Source and Related.</summary>
    IEnumerable<ReplyButton> ButtonsFor(Fact fact);

    /// <summary>The buttons to show under <paramref name="fact"/>'s card in a reply written in <paramref name="language"/>.</summary>
    IEnumerable<ReplyButton> ButtonsFor(Fact fact, ChatLanguage language) => ButtonsFor(fact);
}
