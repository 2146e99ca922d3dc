using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CasuistiekBot.Framework.Cards.Templating;

/// <summary>
/// A template string split into literal text and placeholders, parsed once when the template loads.
/// A <c>${</c> that does not open a well-formed placeholder is refused here, so after binding no
/// template-authored <c>${</c> can remain; text that comes from the model is inserted as a value and
/// never parsed again, which is why user input containing <c>${x}</c> stays literal.
/// </summary>
internal sealed class TemplateText
{
    private readonly IReadOnlyList<object> _parts; // string = literal, PathExpression = placeholder

    private TemplateText(IReadOnlyList<object> parts) => _parts = parts;

    /// <summary>The expression when the whole string is exactly one placeholder: it binds to the value itself.</summary>
    public PathExpression? Exact => _parts is [PathExpression only] ? only : null;

    public bool HasPlaceholders => _parts.Any(p => p is PathExpression);

    public static TemplateText Parse(string text, string path)
    {
        var parts = new List<object>();
        var position = 0;
        while (position < text.Length)
        {
            var open = text.IndexOf("${", position, StringComparison.Ordinal);
            if (open < 0)
            {
                parts.Add(text[position..]);
                break;
            }
            if (open > position) parts.Add(text[position..open]);
            var close = text.IndexOf('}', open + 2);
            if (close < 0) throw new FormatException($"unclosed placeholder at {path}: \"{text}\"");
            var inner = text[(open + 2)..close];
            parts.Add(PathExpression.TryParse(inner, out var error)
                ?? throw new FormatException($"bad placeholder at {path}: {error}"));
            position = close + 1;
        }
        return new TemplateText(parts);
    }

    /// <summary>The template's own text with each placeholder's value passed through <paramref name="shown"/>.</summary>
    public string Interpolate(BindingScope scope, Func<string, string> shown)
    {
        var text = new StringBuilder();
        foreach (var part in _parts)
        {
            text.Append(part is PathExpression expression ? shown(AsText(expression.Evaluate(scope))) : (string)part);
        }
        return text.ToString();
    }

    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>How a value reads inside a sentence: strings as they are, other values as their JSON.</summary>
    private static string AsText(JsonNode? value) => value switch
    {
        null => "",
        JsonValue when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => value.ToJsonString(Readable),
    };
}
