using System.Collections.Immutable;
using System.IO;
using System.Text;

namespace CasuistiekBot.TextKeys;

/// <summary>
/// The top-level property names of a texts.json, in file order. The compiler host offers no JSON reader to a
/// netstandard2.0 generator, and a catalog is one object of objects, so a small scanner is enough: it follows strings
/// (with their escapes) and nesting, and takes each string that opens a member at depth one.
/// </summary>
internal static class CatalogKeys
{
    public static ImmutableArray<string> Read(string json)
    {
        var keys = ImmutableArray.CreateBuilder<string>();
        var depth = 0;
        var expectingName = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            switch (c)
            {
                case '{':
                case '[':
                    depth++;
                    expectingName = c == '{' && depth == 1;
                    break;
                case '}':
                case ']':
                    depth--;
                    if (depth < 0) throw new InvalidDataException($"an unmatched '{c}' at {i}");
                    break;
                case ',':
                    expectingName = depth == 1;
                    break;
                case '"':
                    var text = ReadString(json, ref i);
                    if (expectingName) keys.Add(text);
                    expectingName = false;
                    break;
            }
        }
        if (depth != 0) throw new InvalidDataException("the braces do not close");
        return keys.ToImmutable();
    }

    private static string ReadString(string json, ref int i)
    {
        var text = new StringBuilder();
        for (i++; i < json.Length; i++)
        {
            var c = json[i];
            if (c == '"') return text.ToString();
            if (c != '\\') { text.Append(c); continue; }
            if (++i >= json.Length) break;
            var escaped = json[i];
            switch (escaped)
            {
                case 'n': text.Append('\n'); break;
                case 't': text.Append('\t'); break;
                case 'r': text.Append('\r'); break;
                case 'b': text.Append('\b'); break;
                case 'f': text.Append('\f'); break;
                case 'u' when i + 4 < json.Length:
                    text.Append((char)System.Convert.ToInt32(json.Substring(i + 1, 4), 16));
                    i += 4;
                    break;
                default: text.Append(escaped); break;
            }
        }
        throw new InvalidDataException("a string does not close");
    }
}
