using System.Text;

namespace MoocBot.Storage;

/// <summary>What SQLite and PostgreSQL write differently in the schema: the column types <see cref="SchemaMigrations"/> names in braces.</summary>
/// <param name="Id">{id}: a generated primary key.</param>
/// <param name="Ref">{ref}: a key of another table.</param>
/// <param name="Int">{int}: a count.</param>
/// <param name="Small">{small}: a small code (a delivery's status).</param>
/// <param name="Bool">{bool}: a switch.</param>
/// <param name="True">{true}: a switch's default when on.</param>
/// <param name="Time">{time}: a point in time (Unix milliseconds on SQLite).</param>
/// <param name="Text">{text}: text.</param>
internal sealed record SqlDialect(string Id, string Ref, string Int, string Small, string Bool, string True, string Time, string Text)
{
    public static SqlDialect Sqlite { get; } = new(
        Id: "INTEGER PRIMARY KEY AUTOINCREMENT", Ref: "INTEGER", Int: "INTEGER", Small: "INTEGER", Bool: "INTEGER", True: "1", Time: "INTEGER", Text: "TEXT");

    public static SqlDialect Postgres { get; } = new(
        Id: "bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY", Ref: "bigint", Int: "integer", Small: "smallint", Bool: "boolean", True: "true", Time: "timestamptz", Text: "text");

    /// <summary>Every schema step, in this database's words.</summary>
    public IReadOnlyList<Migration> Migrations => field ??= [.. SchemaMigrations.All.Select(m => m with { Sql = Render(m.Sql) })];

    private string Render(string sql) =>
        new StringBuilder(sql)
            .Replace("{id}", Id).Replace("{ref}", Ref).Replace("{int}", Int).Replace("{small}", Small)
            .Replace("{bool}", Bool).Replace("{true}", True).Replace("{time}", Time).Replace("{text}", Text)
            .ToString();
}
