namespace MoocBot.Ask.Tests;

/// <summary>
/// A test that compiles moocbot-ask with Native AOT (about a minute on 2 cores): it runs when MOOCBOT_TEST_NATIVE=1,
/// as <c>.ci/run</c> sets, and is reported skipped otherwise.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NativeFactAttribute : FactAttribute
{
    public const string Variable = "MOOCBOT_TEST_NATIVE";

    public NativeFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(Variable) != "1")
        {
            Skip = $"Native AOT test skipped: set {Variable}=1 to publish moocbot-ask natively and compare its output.";
        }
    }
}
