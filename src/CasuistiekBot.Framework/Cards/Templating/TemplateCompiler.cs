using System.Text.Json;
using System.Text.Json.Nodes;

namespace CasuistiekBot.Framework.Cards.Templating;

/// <summary>Turns a parsed template into a <see cref="TemplateNode"/> tree, refusing malformed placeholders.</summary>
internal static class TemplateCompiler
{
    public const string DataDirective = "$data";
    public const string WhenDirective = "$when";

    /// <exception cref="FormatException">The template has a placeholder outside the supported subset.</exception>
    public static TemplateNode Compile(JsonNode? node) => Compile(node, markdown: false);

    private static TemplateNode Compile(JsonNode? node, bool markdown) => node switch
    {
        JsonObject obj => CompileObject(obj, isFact: false),
        JsonArray array => new ArrayNode(array.GetPath(), array.Select(Compile).ToList()),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => CompileString(value, markdown),
        _ => new LiteralNode(node?.GetPath() ?? "$", node),
    };

    private static TemplateNode CompileString(JsonValue value, bool markdown)
    {
        var text = TemplateText.Parse(value.GetValue<string>(), value.GetPath());
        return text.HasPlaceholders ? new TextNode(value.GetPath(), text, markdown) : new LiteralNode(value.GetPath(), value);
    }

    private static ObjectNode CompileObject(JsonObject obj, bool isFact)
    {
        var type = obj["type"] is JsonValue t && t.GetValueKind() == JsonValueKind.String ? t.GetValue<string>() : null;
        var properties = new List<KeyValuePair<string, TemplateNode>>();
        PathExpression? data = null, when = null;
        foreach (var (name, value) in obj)
        {
            if (name.Contains("${", StringComparison.Ordinal))
                throw new FormatException($"placeholder in a property name at {obj.GetPath()}: \"{name}\"");
            switch (name)
            {
                case DataDirective: data = Directive(name, value, obj); break;
                case WhenDirective: when = Directive(name, value, obj); break;
                case "facts" when type == "FactSet" && value is JsonArray facts:
                    properties.Add(new(name, new ArrayNode(facts.GetPath(), facts.Select(f => f is JsonObject fact ? CompileObject(fact, isFact: true) : Compile(f)).ToList())));
                    break;
                default: properties.Add(new(name, Compile(value, RendersMarkdown(type, name, isFact)))); break;
            }
        }
        return new ObjectNode(obj.GetPath(), properties, data, when);
    }

    // Where Adaptive Card hosts read markdown: a TextBlock's text and a fact's title and value.
    private static bool RendersMarkdown(string? type, string property, bool isFact) =>
        (type == "TextBlock" && property == "text") || (isFact && property is "title" or "value");

    /// <summary>Directives must be exactly one placeholder, e.g. <c>"${items}"</c> or <c>"${!closed}"</c>.</summary>
    private static PathExpression Directive(string name, JsonNode? value, JsonObject owner)
    {
        var text = value is JsonValue v && v.GetValueKind() == JsonValueKind.String
            ? TemplateText.Parse(v.GetValue<string>(), v.GetPath())
            : null;
        return text?.Exact
            ?? throw new FormatException($"{name} at {owner.GetPath()} must be a single placeholder such as \"${{items}}\"");
    }
}
