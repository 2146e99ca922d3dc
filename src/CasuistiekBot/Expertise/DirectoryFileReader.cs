using System.Text;
using System.Text.Json;

namespace CasuistiekBot.Expertise;

/// <summary>Reads a directory file: CSV (header row; ';' or ','; quotes allowed) or JSON (an array of objects).</summary>
internal static class DirectoryFileReader
{
    public static IReadOnlyList<DirectoryRow> Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
        return text.TrimStart().StartsWith('[') ? ReadJson(text) : ReadCsv(text);
    }

    private static List<DirectoryRow> ReadJson(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var rows = new List<DirectoryRow>();
        while (reader.Read())
        {
            if (reader.CurrentDepth != 1) continue;
            var line = 1 + bytes.AsSpan(0, (int)reader.TokenStartIndex).Count((byte)'\n');
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                reader.Skip();
                rows.Add(new DirectoryRow(line, new Dictionary<string, string?>()));
                continue;
            }
            using var element = JsonDocument.ParseValue(ref reader);
            var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in element.RootElement.EnumerateObject())
            {
                fields[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.Array => string.Join('|', property.Value.EnumerateArray().Select(v => v.ToString())),
                    JsonValueKind.Null => null,
                    _ => property.Value.ToString(),
                };
            }
            rows.Add(new DirectoryRow(line, fields));
        }
        return rows;
    }

    private static List<DirectoryRow> ReadCsv(string text)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        var separator = lines[0].Count(c => c == ';') >= lines[0].Count(c => c == ',') ? ';' : ',';
        var header = Fields(lines[0], separator);
        var rows = new List<DirectoryRow>();
        for (var i = 1; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i])) continue;
            var values = Fields(lines[i], separator);
            var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            for (var c = 0; c < header.Count; c++) fields[header[c]] = c < values.Count ? values[c] : null;
            if (values.Count > header.Count) fields["$extra"] = "1";
            rows.Add(new DirectoryRow(i + 1, fields));
        }
        return rows;
    }

    private static List<string> Fields(string line, char separator)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == separator && !quoted) { fields.Add(current.ToString().Trim()); current.Clear(); }
            else current.Append(c);
        }
        fields.Add(current.ToString().Trim());
        return fields;
    }
}
