using CsvHelper;

namespace CasuistiekBot.Expertise;

/// <summary>
/// CSV as RFC 4180 has it: a quoted field may hold separators, doubled quotes and line breaks, so a record may span
/// lines; each record keeps the line it starts on. Malformed quoting is reported, not repaired.
/// </summary>
internal static class DirectoryCsvReader
{
    public static DirectoryFile Read(string text)
    {
        var problems = new List<DirectoryProblem>();
        var options = new CsvReaderOptions
        {
            Separator = SeparatorOf(text),
            TrackLineNumbers = true,
            TrimWhitespace = true,
            MalformedData = CsvMalformedDataHandling.Skip,
            OnMalformedRecord = record => problems.Add(new DirectoryProblem((int)record.LineNumber, Describe(record.Reason))),
            // Values may be personal data; the problems name fields, not values.
            IncludeValuesInExceptions = false,
        };
        using var reader = CsvReader.Create(new StringReader(text), options);
        var header = reader.Headers.Select(h => h.Trim()).ToList();
        foreach (var duplicate in header.Where(h => h.Length > 0).GroupBy(h => h, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add(new DirectoryProblem(1, $"the header names column {duplicate.Key} more than once"));
        }
        var rows = new List<DirectoryRow>();
        while (reader.Read())
        {
            var line = (int)reader.LineNumber;
            if (reader.FieldCount > header.Count)
            {
                problems.Add(new DirectoryProblem(line, "more fields than the header has"));
                continue;
            }
            var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            for (var c = 0; c < header.Count; c++) fields.TryAdd(header[c], c < reader.FieldCount ? reader.GetString(c) : null);
            rows.Add(new DirectoryRow(line, fields));
        }
        return new DirectoryFile(rows, problems);
    }

    // The header decides: ';' (Dutch Excel) unless the header has more commas. Roles and tags use '|', so a detector
    // that also weighs '|' could pick it.
    private static char SeparatorOf(string text)
    {
        var end = text.IndexOf('\n');
        var header = end < 0 ? text : text[..end];
        return header.Count(c => c == ';') >= header.Count(c => c == ',') ? ';' : ',';
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.UnterminatedQuote => "a quoted field is never closed",
        CsvMalformedReason.StrayQuote => "a quote inside a field that does not start with one",
        CsvMalformedReason.TextAfterClosingQuote => "text after the closing quote of a field",
        _ => "malformed record",
    };
}
