using System.Text.Json.Nodes;
using MoocBot.Telegram.Tests.Fakes;

namespace MoocBot.Benchmarks.Soak;

/// <summary>
/// The fake's failure hook: answers a random share of sendMessage calls with a 5xx (half Telegram's JSON 500,
/// half a proxy's HTML 502) or a 429 with retry_after 1, each call drawn on its own. A failed call is not recorded
/// as sent, so the bot is right to send again.
/// </summary>
internal sealed class SoakFaults(SoakOptions options, SoakLedger ledger)
{
    private volatile bool _enabled;

    /// <summary>Faults start with the soak proper, after calibration.</summary>
    public void Enable() => _enabled = true;

    public FakeFailure? Decide(string method, JsonObject parameters)
    {
        if (!_enabled || !string.Equals(method, "sendMessage", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var roll = Random.Shared.NextDouble();
        FakeFailure? failure = null;
        if (roll < options.Fault5xx)
        {
            failure = roll < options.Fault5xx / 2 ? FakeFailure.ServerError(500) : FakeFailure.BadGatewayPage();
        }
        else if (roll < options.Fault5xx + options.Fault429)
        {
            failure = FakeFailure.TooManyRequests(1);
        }

        ledger.Attempt(SoakKeys.OfCall(parameters, ledger.KindsByReply), failure?.StatusCode);
        return failure;
    }
}
