using System.Text.Json.Nodes;

namespace CasuistiekBot.Framework.Cards.Templating;

/// <summary>A template compiled once at load; binding walks this tree and builds a fresh card.</summary>
internal abstract record TemplateNode(string Path);

/// <summary>A value without placeholders, cloned as it is.</summary>
internal sealed record LiteralNode(string Path, JsonNode? Value) : TemplateNode(Path);

/// <summary>
/// A string with placeholders; when it is exactly one placeholder it takes the value itself. <see cref="Markdown"/> is
/// true where the host renders markdown, so model text bound there is escaped.
/// </summary>
internal sealed record TextNode(string Path, TemplateText Text, bool Markdown) : TemplateNode(Path);

internal sealed record ArrayNode(string Path, IReadOnlyList<TemplateNode> Items) : TemplateNode(Path);

/// <summary>An object, with the <c>$data</c> (repeat or rescope) and <c>$when</c> (include) directives taken out.</summary>
internal sealed record ObjectNode(
    string Path,
    IReadOnlyList<KeyValuePair<string, TemplateNode>> Properties,
    PathExpression? Data,
    PathExpression? When) : TemplateNode(Path);
