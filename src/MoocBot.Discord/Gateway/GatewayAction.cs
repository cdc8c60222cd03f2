namespace MoocBot.Discord.Gateway;

/// <summary>What to do after a gateway connection ends.</summary>
internal enum GatewayAction
{
    /// <summary>Reconnect and resume the session (op 6), missing nothing.</summary>
    Resume,

    /// <summary>Reconnect and start a new session (op 2).</summary>
    Identify,

    /// <summary>Give up: the problem needs a person (a bad token, intents not allowed).</summary>
    Stop,
}
