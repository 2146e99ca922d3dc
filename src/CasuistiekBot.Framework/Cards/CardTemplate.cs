using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Cards.Templating;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Framework.Cards;

/// <summary>
/// One Adaptive Card template, compiled once. <see cref="Bind"/> fills its <c>${path}</c> placeholders
/// from a model (a subset of the Adaptive Cards Templating language) and returns a new card each time.
/// </summary>
public sealed class CardTemplate
{
    private readonly TemplateNode _root;

    private CardTemplate(string name, TemplateNode root)
    {
        Name = name;
        _root = root;
    }

    /// <summary>The template's name: its file name without <c>.json</c>, e.g. <c>signal-reminder</c>.</summary>
    public string Name { get; }

    /// <summary>Parses and compiles a template.</summary>
    /// <exception cref="CardTemplateException">The JSON is invalid, not an object, or has a malformed placeholder.</exception>
    public static CardTemplate Parse(string name, string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (Exception e) when (e is JsonException or ArgumentException)
        {
            throw new CardTemplateException($"card template '{name}' is not valid JSON: {e.Message}", e);
        }
        if (node is not JsonObject)
            throw new CardTemplateException($"card template '{name}' must be a JSON object (an AdaptiveCard)");
        try
        {
            return new CardTemplate(name, TemplateCompiler.Compile(node));
        }
        catch (FormatException e)
        {
            throw new CardTemplateException($"card template '{name}': {e.Message}", e);
        }
    }

    /// <summary>
    /// Serializes <paramref name="model"/> with <see cref="BotJson.Options"/> (camelCase) and binds it:
    /// <c>"a ${x.y} b"</c> inserts text, <c>"${x}"</c> alone takes the value itself, <c>"$data": "${list}"</c>
    /// repeats an element per item (<c>${$index}</c>, <c>${$root.x}</c> available), <c>"$when": "${flag}"</c> or
    /// <c>"${!flag}"</c> keeps or drops it. Missing values bind as <c>""</c> (in <c>$when</c>: false).
    /// Model text is inserted as data and never expanded, so user input such as <c>${x}</c> appears literally.
    /// </summary>
    /// <exception cref="CardTooLargeException">The card is over <see cref="AdaptiveCard.MaxSizeInBytes"/>.</exception>
    /// <exception cref="CardBindingException">The template's shape does not fit the model.</exception>
    public JsonObject Bind(object? model)
    {
        var data = model as JsonNode ?? JsonSerializer.SerializeToNode(model, BotJson.Options);
        JsonNode? bound;
        bool removed;
        try
        {
            bound = TemplateBinder.BindSingle(_root, new BindingScope(data, data, null), out removed);
        }
        catch (CardBindingException e)
        {
            throw new CardBindingException($"card template '{Name}': {e.Message}", e);
        }
        if (removed || bound is not JsonObject card)
            throw new CardBindingException($"card template '{Name}': the card's own $data/$when left nothing to send");

        var size = AdaptiveCard.MeasureSize(card);
        if (size >= AdaptiveCard.MaxSizeInBytes) throw new CardTooLargeException(Name, size, AdaptiveCard.MaxSizeInBytes);
        return card;
    }
}
