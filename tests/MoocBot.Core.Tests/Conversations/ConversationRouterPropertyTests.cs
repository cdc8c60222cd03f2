using CsCheck;
using MoocBot.Core.Conversations;

namespace MoocBot.Core.Tests.Conversations;

public sealed class ConversationRouterPropertyTests
{
    private static readonly Gen<string> Texts = Gen.OneOf<string>(
        Gen.String,
        Gen.String["/@ abcdefghijklmnopqrstuvwxyz0123456789_<>&\"'*`~|"],
        Gen.Char.Array[0, 3000].Select(chars => new string(chars)),
        Gen.OneOf<string>(
            "/fact", "/fact@MoocBot moocs", "/source", "/related x", "/topics west", "/start subscribe", "/stats@Other",
            "<b>how many</b> moocs?", "**registered** users", "how many 🤖 moocs", "כמה moocs", "moocs\u202e?", "\u0000\u001f",
            "what does 402 million refer to?", "97.3%", "nearly 100,000"))
        .SelectMany(head => Gen.String[0, 40].Select(tail => head + tail));

    [Fact]
    public void HandleAsync_RandomText_NeverThrowsAndRepliesAreWellFormed()
    {
        var router = RouterFactory.Create();
        Gen.Select(Texts, Gen.Bool, Gen.Bool, Gen.Guid).Sample((text, isGroup, mentions, sender) =>
        {
            // A fresh chat and user each time, so the rate limiter never drops a reply.
            var message = new ChatMessage("telegram", sender.ToString(), sender.ToString(), text, isGroup, mentions) { BotUserName = "MoocBot" };
            var reply = router.HandleAsync(message, CancellationToken.None).GetAwaiter().GetResult();
            if (reply is null)
            {
                return isGroup || IsForAnotherBot(text);
            }

            return reply.Blocks.Count > 0
                && reply.Blocks.All(b => b.Spans.All(s => s.Text is not null))
                && reply.Buttons.All(b => System.Text.Encoding.UTF8.GetByteCount(b.Command) <= 64)
                && reply.ToPlainText().Length < 4096;
        }, iter: 2000);
    }

    /// <summary>"/stats@Other ...": a command addressed to another bot, which no chat answers.</summary>
    private static bool IsForAnotherBot(string text) =>
        CommandLine.TryParse(ConversationRouter.Clean(text), out var command)
        && command.BotName is { } botName
        && !string.Equals(botName, "MoocBot", StringComparison.OrdinalIgnoreCase);
}
