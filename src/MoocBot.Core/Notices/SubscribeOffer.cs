using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Notices;

/// <summary>Registered when subscriptions are available: the reply composer then offers a Subscribe button under figures.</summary>
public sealed class SubscribeOffer : IFactReplyExtension
{
    /// <summary>What the button says.</summary>
    public string Label { get; init; } = "Subscribe";

    /// <summary>A button subscribing the chat to the fact's topic.</summary>
    public ReplyButton ButtonFor(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return new ReplyButton(Label, "/subscribe " + fact.Topic);
    }

    /// <summary>What the button says in a Chinese reply.</summary>
    public string ChineseLabel { get; init; } = "订阅";

    /// <inheritdoc/>
    public IEnumerable<ReplyButton> ButtonsFor(Fact fact) => [ButtonFor(fact)];

    /// <inheritdoc/>
    public IEnumerable<ReplyButton> ButtonsFor(Fact fact, ChatLanguage language) =>
        language == ChatLanguage.Chinese ? [ButtonFor(fact) with { Label = ChineseLabel }] : ButtonsFor(fact);
}
