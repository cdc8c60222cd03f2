namespace MoocBot.Discord.Gateway;

/// <summary>Discord's gateway close codes that the client acts on, and the one it closes with itself.</summary>
internal enum GatewayCloseCode
{
    UnknownError = 4000,
    AuthenticationFailed = 4004,
    InvalidSequence = 4007,
    SessionTimedOut = 4009,
    InvalidShard = 4010,
    ShardingRequired = 4011,
    InvalidApiVersion = 4012,
    InvalidIntents = 4013,
    DisallowedIntents = 4014,

    /// <summary>The code the client closes with when it means to resume: anything but 1000 and 1001 keeps the session.</summary>
    ClientResuming = 4900,
}
