using Telegram.Bot;
using Telegram.Bot.Types;

namespace MoocBot.Telegram.Receiving;

/// <summary>The bot's own user (getMe), fetched once: its id tells replies to the bot apart, its user name mentions.</summary>
internal sealed class TelegramBotIdentity(ITelegramBotClient client)
{
    private User? _me;

    public async ValueTask<User> GetAsync(CancellationToken cancellationToken) =>
        Volatile.Read(ref _me) ?? (_me = await client.GetMe(cancellationToken));
}
