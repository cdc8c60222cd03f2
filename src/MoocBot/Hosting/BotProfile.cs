namespace MoocBot.Hosting;

/// <summary>How much of the bot a composition holds; each profile holds the one before it.</summary>
internal enum BotProfile
{
    /// <summary>Answering only, for <c>ask</c>: no store, no hosted service, nothing opened.</summary>
    Ask,

    /// <summary>With the store, notices and health checks, for verbs that use the store without running the bot.</summary>
    Offline,

    /// <summary>The running bot: fact watching, platforms, the console chat, metrics export, /healthz.</summary>
    Bot,
}
