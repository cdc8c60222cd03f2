namespace MoocBot.Storage.Tests;

public sealed class SqlDialectTests
{
    public static TheoryData<string> Dialects => ["Sqlite", "Postgres"];

    [Theory]
    [MemberData(nameof(Dialects))]
    public void Migrations_EveryStep_HasEveryColumnTypeWrittenOut(string name)
    {
        var dialect = name == "Sqlite" ? SqlDialect.Sqlite : SqlDialect.Postgres;

        Assert.All(dialect.Migrations, m => Assert.DoesNotContain('{', m.Sql));
        Assert.Equal(SchemaMigrations.All.Select(m => (m.Version, m.Name)), dialect.Migrations.Select(m => (m.Version, m.Name)));
    }

    [Fact]
    public void Migrations_TheFirstStep_WritesEachDatabasesOwnTypes()
    {
        var sqlite = SqlDialect.Sqlite.Migrations[0].Sql;
        var postgres = SqlDialect.Postgres.Migrations[0].Sql;

        Assert.Contains("id INTEGER PRIMARY KEY AUTOINCREMENT,", sqlite, StringComparison.Ordinal);
        Assert.Contains("active INTEGER NOT NULL DEFAULT 1,", sqlite, StringComparison.Ordinal);
        Assert.Contains("id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,", postgres, StringComparison.Ordinal);
        Assert.Contains("active boolean NOT NULL DEFAULT true,", postgres, StringComparison.Ordinal);
        Assert.Contains("next_attempt_at timestamptz NOT NULL,", postgres, StringComparison.Ordinal);
    }
}
