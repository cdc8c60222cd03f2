using MoocBot.Core.Conversations;
using MoocBot.Core.Facts;

namespace MoocBot.Core.Notices;

/// <summary>Present in DI when subscriptions are available; the reply composer then offers a Subscribe button under figures.</summary>
public sealed class SubscribeOffer
{
    /// <summary>What the button says.</summary>
    public string Label { get; init; } = "Subscribe";

    /// <summary>A button subscribing the chat to the fact's topic.</summary>
    public ReplyButton ButtonFor(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return new ReplyButton(Label, "/subscribe " + fact.Topic);
    }
}
