using System.Text.Json;
using Telegram.Bot;

namespace MoocBot.Telegram;

/// <summary>
/// Makes Telegram.Bot read and write the Bot API through generated code. Under the JIT, <see cref="JsonBotAPI.Options"/>
/// has no resolver of its own and falls back on reflection, which emitted and compiled about 1,500 accessor methods
/// under telegram-load (the Message answer of every sendMessage has dozens of nested types) and kept them for the
/// life of the process; Telegram.Bot names its generated <see cref="JsonBotSerializerContext"/> only where reflection
/// is off (native AOT). MoocBot's own raw getUpdates call is added beside it (<see cref="TelegramJsonContext"/>).
/// </summary>
internal static class TelegramJson
{
    private static readonly Lock Gate = new();

    /// <summary>Before the first request; once Telegram.Bot has used its options they cannot change, and this does nothing.</summary>
    public static void UseGeneratedContracts()
    {
        var options = JsonBotAPI.Options;
        lock (Gate)
        {
            if (!options.IsReadOnly)
            {
                Configure(options);
            }
        }
    }

    /// <summary>Resolves the Bot API's types, and MoocBot's, from generated code only.</summary>
    internal static void Configure(JsonSerializerOptions options)
    {
        var chain = options.TypeInfoResolverChain;
        if (!chain.Contains(JsonBotSerializerContext.Default))
        {
            chain.Add(JsonBotSerializerContext.Default);
        }

        if (!chain.Contains(TelegramJsonContext.Default))
        {
            chain.Add(TelegramJsonContext.Default);
        }
    }
}
