using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Cards.Templating;

/// <summary>
/// Builds a new card from a compiled template and a model. Values are placed into the node tree, never
/// spliced into JSON text, so quotes, newlines and <c>${</c> in model data cannot change the card's shape. Model
/// text shows as text: escaped where the host reads markdown, and everywhere without bidi overrides or control
/// characters (<see cref="LiteralText"/>). The template's own text is left as written.
/// </summary>
internal static class TemplateBinder
{
    /// <exception cref="CardBindingException">A <c>$data</c> list where a single value is needed.</exception>
    public static JsonNode? BindSingle(TemplateNode node, BindingScope scope, out bool removed)
    {
        removed = false;
        if (node is not ObjectNode obj || (obj.Data is null && obj.When is null)) return Bind(node, scope);
        if (obj.Data?.Evaluate(scope) is JsonArray)
            throw new CardBindingException($"$data at {obj.Path} is a list, but the element is not inside an array");

        var bound = Expand(obj, scope).FirstOrDefault();
        removed = bound is null;
        return bound;
    }

    private static JsonNode? Bind(TemplateNode node, BindingScope scope) => node switch
    {
        LiteralNode literal => literal.Value?.DeepClone(),
        TextNode { Text.Exact: { } exact } text => Shown(exact.Evaluate(scope), text.Markdown),
        TextNode text => JsonValue.Create(text.Text.Interpolate(scope, text.Markdown ? LiteralText.ForMarkdown : LiteralText.WithoutControls)),
        ArrayNode array => new JsonArray(array.Items.SelectMany(item => ExpandItem(item, scope)).ToArray()),
        ObjectNode obj => BindObject(obj, scope),
        _ => throw new InvalidOperationException($"unknown template node {node.GetType().Name}"),
    };

    private static JsonNode Shown(JsonNode? value, bool markdown) => value switch
    {
        null => JsonValue.Create(""),
        JsonValue text when text.GetValueKind() == JsonValueKind.String =>
            JsonValue.Create(markdown ? LiteralText.ForMarkdown(text.GetValue<string>()) : LiteralText.WithoutControls(text.GetValue<string>())),
        JsonObject obj => new JsonObject(obj.Select(p => KeyValuePair.Create(p.Key, p.Value is null ? null : (JsonNode?)Shown(p.Value, markdown: false)))),
        JsonArray array => new JsonArray(array.Select(item => item is null ? null : (JsonNode?)Shown(item, markdown: false)).ToArray()),
        _ => value.DeepClone(),
    };

    /// <summary>An array item becomes zero, one or many items through <c>$data</c> and <c>$when</c>.</summary>
    private static IEnumerable<JsonNode?> ExpandItem(TemplateNode item, BindingScope scope) =>
        item is ObjectNode obj ? Expand(obj, scope) : [Bind(item, scope)];

    private static IEnumerable<JsonNode?> Expand(ObjectNode obj, BindingScope scope)
    {
        if (obj.Data is { } data)
        {
            switch (data.Evaluate(scope))
            {
                case null:
                    yield break;
                case JsonArray list:
                    for (var i = 0; i < list.Count; i++)
                    {
                        var itemScope = scope with { Data = list[i], Index = i };
                        if (Included(obj, itemScope)) yield return BindObject(obj, itemScope);
                    }
                    yield break;
                case var single:
                    scope = scope with { Data = single };
                    break;
            }
        }
        if (Included(obj, scope)) yield return BindObject(obj, scope);
    }

    private static bool Included(ObjectNode obj, BindingScope scope) =>
        obj.When is not { } when || PathExpression.IsTruthy(when.Evaluate(scope));

    private static JsonObject BindObject(ObjectNode obj, BindingScope scope)
    {
        var bound = new JsonObject();
        foreach (var (name, value) in obj.Properties)
        {
            var boundValue = BindSingle(value, scope, out var removed);
            if (!removed) bound[name] = boundValue;
        }
        return bound;
    }
}
