using MoocBot.Storage.Tests;

namespace MoocBot.Tests.Notices;

/// <summary>A fact that needs the PostgreSQL server of MOOCBOT_TEST_POSTGRES; skipped, with the reason shown, without one (unless CI requires it).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = PostgresDatabase.SkipReason;
    }
}
