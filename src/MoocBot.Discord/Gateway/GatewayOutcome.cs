namespace MoocBot.Discord.Gateway;

/// <summary>How a gateway connection ended and what comes next.</summary>
/// <param name="Action">Resume, identify anew, or stop.</param>
/// <param name="Reason">For the log: the close code and what it means.</param>
/// <param name="CloseCode">The close code, when the gateway closed the connection.</param>
/// <param name="Wait">A wait that must pass before reconnecting; it starts before the connection is closed, so its timing is exact.</param>
internal sealed record GatewayOutcome(GatewayAction Action, string Reason, int? CloseCode = null, Task? Wait = null);
