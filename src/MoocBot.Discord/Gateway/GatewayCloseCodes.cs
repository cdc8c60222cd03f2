namespace MoocBot.Discord.Gateway;

/// <summary>Discord's gateway close codes and what each asks the client to do.</summary>
internal static class GatewayCloseCodes
{
    public const int UnknownError = 4000;
    public const int AuthenticationFailed = 4004;
    public const int InvalidSequence = 4007;
    public const int SessionTimedOut = 4009;
    public const int InvalidShard = 4010;
    public const int ShardingRequired = 4011;
    public const int InvalidApiVersion = 4012;
    public const int InvalidIntents = 4013;
    public const int DisallowedIntents = 4014;

    /// <summary>The code the client closes with when it means to resume: anything but 1000 and 1001 keeps the session.</summary>
    public const int ClientResuming = 4900;

    public static GatewayOutcome OutcomeOf(int? code, string? description)
    {
        var text = description is { Length: > 0 } ? $" ({description})" : string.Empty;
        return code switch
        {
            AuthenticationFailed => Stop(code, "4004 Authentication failed: Discord:BotToken is wrong or was reset; set the current token"),
            InvalidShard => Stop(code, "4010 Invalid shard"),
            ShardingRequired => Stop(code, "4011 Sharding required: the bot is in too many servers for one connection"),
            InvalidApiVersion => Stop(code, "4012 Invalid API version: Discord:GatewayUrl must accept v=10"),
            InvalidIntents => Stop(code, "4013 Invalid intents"),
            DisallowedIntents => Stop(code, "4014 Disallowed intents: an intent the bot asked for is not enabled in the Developer Portal"),
            InvalidSequence or SessionTimedOut => new GatewayOutcome(GatewayAction.Identify, $"{code} the session cannot be resumed{text}", code),
            null => new GatewayOutcome(GatewayAction.Resume, "the connection was lost"),
            _ => new GatewayOutcome(GatewayAction.Resume, $"closed with {code}{text}", code),
        };
    }

    private static GatewayOutcome Stop(int? code, string reason) => new(GatewayAction.Stop, reason, code);
}
