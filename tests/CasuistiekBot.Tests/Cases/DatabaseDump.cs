using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace CasuistiekBot.Tests.Cases;

/// <summary>Every row of every table, as someone with read access to the database (a DBA, a backup) would see it.</summary>
internal sealed record DatabaseDump(IReadOnlyList<DumpRow> Rows)
{
    public static async Task<DatabaseDump> OfSqliteAsync(string file)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        return await ReadAsync(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'", table => $"SELECT * FROM \"{table}\"");
    }

    public static async Task<DatabaseDump> OfPostgresAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        return await ReadAsync(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
            table => $"SELECT * FROM public.\"{table}\"");
    }

    public IEnumerable<DumpRow> In(string table) => Rows.Where(r => r.Table == table);

    private static async Task<DatabaseDump> ReadAsync(DbConnection connection, string listTables, Func<string, string> selectAll)
    {
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = listTables;
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));
        }
        var rows = new List<DumpRow>();
        foreach (var table in tables)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = selectAll(table);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                rows.Add(new DumpRow(table, [.. Enumerable.Range(0, reader.FieldCount)
                    .Select(i => new DumpCell(reader.GetName(i), reader.IsDBNull(i) ? null : reader.GetValue(i)))]));
            }
        }
        return new DatabaseDump(rows);
    }
}

internal sealed record DumpCell(string Column, object? Value)
{
    public string Text => Value switch
    {
        null => "",
        Guid id => id.ToString("D"),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        byte[] bytes => Convert.ToHexString(bytes),
        _ => Value.ToString() ?? "",
    };
}

internal sealed record DumpRow(string Table, IReadOnlyList<DumpCell> Cells)
{
    public string Text => string.Join(" | ", Cells.Select(c => $"{c.Column}={c.Text}"));

    public object? this[string column] => Cells.Single(c => c.Column == column).Value;

    public bool Holds(string value) => Cells.Any(c => c.Text.Contains(value, StringComparison.OrdinalIgnoreCase));

    public override string ToString() => $"{Table}: {Text}";
}
