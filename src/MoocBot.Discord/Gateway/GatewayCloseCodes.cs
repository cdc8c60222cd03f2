namespace MoocBot.Discord.Gateway;

/// <summary>What each of Discord's gateway close codes (<see cref="GatewayCloseCode"/>) asks the client to do.</summary>
internal static class GatewayCloseCodes
{
    public static GatewayOutcome OutcomeOf(int? code, string? description)
    {
        var text = description is { Length: > 0 } ? $" ({description})" : string.Empty;
        return (GatewayCloseCode?)code switch
        {
            GatewayCloseCode.AuthenticationFailed => Stop(code, "4004 Authentication failed: Discord:BotToken is wrong or was reset; set the current token"),
            GatewayCloseCode.InvalidShard => Stop(code, "4010 Invalid shard"),
            GatewayCloseCode.ShardingRequired => Stop(code, "4011 Sharding required: the bot is in too many servers for one connection"),
            GatewayCloseCode.InvalidApiVersion => Stop(code, "4012 Invalid API version: Discord:GatewayUrl must accept v=10"),
            GatewayCloseCode.InvalidIntents => Stop(code, "4013 Invalid intents"),
            GatewayCloseCode.DisallowedIntents => Stop(code, "4014 Disallowed intents: an intent the bot asked for is not enabled in the Developer Portal"),
            GatewayCloseCode.InvalidSequence or GatewayCloseCode.SessionTimedOut => new GatewayOutcome(GatewayAction.Identify, $"{code} the session cannot be resumed{text}", code),
            null => new GatewayOutcome(GatewayAction.Resume, "the connection was lost"),
            _ => new GatewayOutcome(GatewayAction.Resume, $"closed with {code}{text}", code),
        };
    }

    private static GatewayOutcome Stop(int? code, string reason) => new(GatewayAction.Stop, reason, code);
}
