using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CasuistiekBot.Framework.Cards.Templating;

/// <summary>
/// The expression inside <c>${...}</c>: an optional <c>!</c> and a path such as <c>case.owner.name</c>,
/// <c>items[0]</c>, <c>$root.locale</c>, <c>$data</c> or <c>$index</c>. Anything richer is refused when the
/// template loads, so a template never depends on expression features this binder does not have.
/// </summary>
internal sealed class PathExpression
{
    private readonly string _text;
    private readonly bool _negated;
    private readonly string _head;
    private readonly IReadOnlyList<object> _steps; // string = property name, int = array index

    private PathExpression(string text, bool negated, string head, IReadOnlyList<object> steps)
    {
        _text = text;
        _negated = negated;
        _head = head;
        _steps = steps;
    }

    public override string ToString() => _text;

    /// <summary>Parses the text between <c>${</c> and <c>}</c>; null with a reason when it is not in the subset.</summary>
    public static PathExpression? TryParse(string text, out string? error)
    {
        error = null;
        var reader = new PathReader(text.Trim());
        var negated = reader.Accept('!');
        reader.SkipSpaces();
        var head = reader.ReadName();
        if (head is null)
        {
            error = $"'{text}' is not a path (only a.b, a[0], $root, $data, $index and a leading ! are supported)";
            return null;
        }
        var steps = new List<object>();
        while (!reader.AtEnd)
        {
            if (reader.Accept('.') && reader.ReadName() is { } name && !name.StartsWith('$')) steps.Add(name);
            else if (reader.Accept('[') && reader.ReadDigits() is { } digits && reader.Accept(']'))
                steps.Add(int.Parse(digits, CultureInfo.InvariantCulture));
            else
            {
                error = $"'{text}' is not a path (only a.b, a[0], $root, $data, $index and a leading ! are supported)";
                return null;
            }
        }
        if ((head.StartsWith('$') && head is not ("$root" or "$data" or "$index")) || (head == "$index" && steps.Count > 0))
        {
            error = $"'{text}' uses an unknown variable '{head}'";
            return null;
        }
        return new PathExpression(text, negated, head, steps);
    }

    /// <summary>The value in <paramref name="scope"/>; null when any step is missing or null.</summary>
    public JsonNode? Evaluate(BindingScope scope)
    {
        var value = _head switch
        {
            "$root" => scope.Root,
            "$data" => scope.Data,
            "$index" => scope.Index is { } index ? JsonValue.Create(index) : null,
            _ => (scope.Data as JsonObject)?[_head],
        };
        foreach (var step in _steps)
        {
            value = step switch
            {
                string name => (value as JsonObject)?[name],
                int index when value is JsonArray array && index < array.Count => array[index],
                _ => null,
            };
        }
        return _negated ? JsonValue.Create(!IsTruthy(value)) : value;
    }

    /// <summary>Missing, null, false, 0, "" and empty lists are false; everything else is true.</summary>
    public static bool IsTruthy(JsonNode? value) => value switch
    {
        null => false,
        JsonArray array => array.Count > 0,
        JsonObject => true,
        _ => value.GetValueKind() switch
        {
            JsonValueKind.False or JsonValueKind.Null => false,
            JsonValueKind.String => value.GetValue<string>().Length > 0,
            JsonValueKind.Number => double.Parse(value.ToJsonString(), CultureInfo.InvariantCulture) != 0,
            _ => true,
        },
    };
}
