using System.Text;

namespace MoocBot.Storage;

/// <summary>What SQLite and PostgreSQL write differently in the schema: the column types <see cref="SchemaMigrations"/> names in braces.</summary>
internal sealed class SqlDialect
{
    private readonly IReadOnlyDictionary<string, string> _types;

    private SqlDialect(IReadOnlyDictionary<string, string> types)
    {
        _types = types;
        Migrations = [.. SchemaMigrations.All.Select(m => m with { Sql = Render(m.Sql) })];
    }

    /// <summary>Times are Unix milliseconds, flags 0 or 1, every whole number INTEGER.</summary>
    public static SqlDialect Sqlite { get; } = new(new Dictionary<string, string>
    {
        ["{id}"] = "INTEGER PRIMARY KEY AUTOINCREMENT",
        ["{ref}"] = "INTEGER",
        ["{int}"] = "INTEGER",
        ["{small}"] = "INTEGER",
        ["{bool}"] = "INTEGER",
        ["{true}"] = "1",
        ["{time}"] = "INTEGER",
        ["{text}"] = "TEXT",
    });

    public static SqlDialect Postgres { get; } = new(new Dictionary<string, string>
    {
        ["{id}"] = "bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY",
        ["{ref}"] = "bigint",
        ["{int}"] = "integer",
        ["{small}"] = "smallint",
        ["{bool}"] = "boolean",
        ["{true}"] = "true",
        ["{time}"] = "timestamptz",
        ["{text}"] = "text",
    });

    /// <summary>Every schema step, in this database's words.</summary>
    public IReadOnlyList<Migration> Migrations { get; }

    private string Render(string sql)
    {
        var rendered = new StringBuilder(sql);
        foreach (var (name, type) in _types)
        {
            rendered.Replace(name, type);
        }

        return rendered.ToString();
    }
}
