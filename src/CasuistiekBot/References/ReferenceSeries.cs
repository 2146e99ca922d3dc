namespace CasuistiekBot.References;

/// <summary>A yearly numbered series: CS-2026-0001 for cases, SG-2026-0001 for signals. Each keeps its own counter table.</summary>
public sealed record ReferenceSeries(string Prefix, string CounterTable)
{
    public static ReferenceSeries Casus { get; } = new("CS", "casus_counters");

    public static ReferenceSeries Signal { get; } = new("SG", "signal_counters");

    public string Format(int year, int number) => $"{Prefix}-{year}-{number:D4}";

    // The table name comes from the fixed series above, never from input; the year is a parameter ({0}).
    internal string CreateYearSql => "INSERT INTO " + CounterTable + " (year, last_number) VALUES ({0}, 0) ON CONFLICT (year) DO NOTHING";

    // Raises the counter to a number handed out elsewhere (an imported reference), never lowers it: {0} year, {1} number.
    internal string RaiseSql => "UPDATE " + CounterTable + " SET last_number = {1} WHERE year = {0} AND last_number < {1}";

    internal string IncrementSql => "UPDATE " + CounterTable + " SET last_number = last_number + 1 WHERE year = {0} RETURNING last_number AS \"Value\"";
}
