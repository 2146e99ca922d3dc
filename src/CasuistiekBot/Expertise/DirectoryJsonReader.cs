using System.Text;
using System.Text.Json;

namespace CasuistiekBot.Expertise;

/// <summary>
/// JSON: an array of objects whose values are text, numbers, null or (roles, tags) lists of text. Anything else, a
/// nesting deeper than that, a property given twice, or a file that stops halfway is a problem on its line.
/// </summary>
internal static class DirectoryJsonReader
{
    // The array, a person, a list in a person: one more level is already a mistake.
    private const int MaxDepth = 4;

    public static DirectoryFile Read(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = MaxDepth });
        var rows = new List<DirectoryRow>();
        var problems = new List<DirectoryProblem>();
        var lines = new LineCounter(bytes);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartArray)
            {
                return new DirectoryFile([], [new DirectoryProblem(1, "a JSON directory file is an array of people: [ { ... }, ... ]")]);
            }
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            {
                var line = lines.At(reader.TokenStartIndex);
                if (reader.TokenType != JsonTokenType.StartObject)
                {
                    reader.Skip();
                    problems.Add(new DirectoryProblem(line, "not a record: each person is an object { ... }"));
                    continue;
                }
                using var person = JsonDocument.ParseValue(ref reader);
                rows.Add(new DirectoryRow(line, Fields(person.RootElement, line, problems)));
            }
            // A second value after the array, or nothing at all after an unclosed one, throws here too.
            while (reader.Read()) { }
        }
        catch (JsonException e)
        {
            problems.Add(new DirectoryProblem((int)(e.LineNumber ?? 0) + 1, $"not valid JSON: {FirstSentence(e.Message)}"));
        }
        return new DirectoryFile(rows, problems);
    }

    private static Dictionary<string, string?> Fields(JsonElement person, int line, List<DirectoryProblem> problems)
    {
        var fields = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in person.EnumerateObject())
        {
            if (fields.ContainsKey(property.Name))
            {
                problems.Add(new DirectoryProblem(line, $"{property.Name} is given twice"));
                continue;
            }
            var value = property.Value;
            switch (value.ValueKind)
            {
                case JsonValueKind.Null:
                    fields[property.Name] = null;
                    break;
                case JsonValueKind.String or JsonValueKind.Number:
                    fields[property.Name] = value.ToString();
                    break;
                case JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind is JsonValueKind.String or JsonValueKind.Number):
                    fields[property.Name] = string.Join('|', value.EnumerateArray().Select(v => v.ToString()));
                    break;
                default:
                    problems.Add(new DirectoryProblem(line, $"{property.Name} must be text or a list of text"));
                    fields[property.Name] = null;
                    break;
            }
        }
        return fields;
    }

    // System.Text.Json appends path and position to its message; the line is reported separately.
    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    // Counts line breaks once, front to back, as the records are read in order.
    private sealed class LineCounter(byte[] bytes)
    {
        private long _position;
        private int _line = 1;

        public int At(long index)
        {
            _line += bytes.AsSpan((int)_position, (int)(index - _position)).Count((byte)'\n');
            _position = index;
            return _line;
        }
    }
}
