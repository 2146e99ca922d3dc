using System.Text.Json;
using System.Text.Json.Nodes;
using CasuistiekBot.Framework.Cards;
using CasuistiekBot.Framework.Schema;

namespace CasuistiekBot.Testing.Cards;

/// <summary>
/// The project's own rules for a bound card, on top of the schema: version 1.5, every button that reaches
/// the bot is an <c>Action.Execute</c> with a verb (Universal Actions), no <c>${</c> left, and within the size budget.
/// </summary>
public static class CardHouseRules
{
    // Client-side actions never reach the bot, so they need no verb.
    private static readonly HashSet<string> ClientSideActions = ["Action.OpenUrl", "Action.ShowCard", "Action.ToggleVisibility"];

    /// <param name="card">A bound card.</param>
    /// <param name="model">
    /// The model the card was bound from, if known. Its text may itself contain <c>${</c> (user input is
    /// inserted literally, never expanded), so that text is not mistaken for a leftover placeholder. A leftover
    /// that is itself part of such user text cannot be told apart; the binder refuses those at load anyway.
    /// </param>
    public static IReadOnlyList<string> Check(JsonObject card, object? model = null)
    {
        var problems = new List<string>();
        var userText = TextContainingPlaceholders(model);
        if (card["version"] is not JsonValue version || version.GetValueKind() != JsonValueKind.String
            || version.GetValue<string>() != AdaptiveCard.Version)
        {
            problems.Add($"version must be \"{AdaptiveCard.Version}\" but is {card["version"]?.ToJsonString() ?? "missing"}");
        }
        Walk(card, parentAction: null, key: null, problems, userText);

        var size = AdaptiveCard.MeasureSize(card);
        if (size >= AdaptiveCard.MaxSizeInBytes)
            problems.Add($"the card is {size} bytes as UTF-16 JSON; it must stay under {AdaptiveCard.MaxSizeInBytes}");
        return problems;
    }

    /// <param name="parentAction">The type of the action that owns this node, if any.</param>
    /// <param name="key">The property that holds this node.</param>
    /// <param name="freeForm">Inside an action's <c>data</c>: anything goes except placeholders.</param>
    private static void Walk(JsonNode? node, string? parentAction, string? key, List<string> problems, IReadOnlyList<string> userText, bool freeForm = false)
    {
        switch (node)
        {
            case JsonObject obj:
                var type = obj["type"] is JsonValue t && t.GetValueKind() == JsonValueKind.String ? t.GetValue<string>() : null;
                var isAction = !freeForm && type is not null && type.StartsWith("Action.", StringComparison.Ordinal);
                if (isAction) CheckAction(obj, type!, parentAction, key, problems);
                foreach (var (name, child) in obj)
                {
                    if (name.Contains("${", StringComparison.Ordinal))
                        problems.Add($"unbound placeholder in a property name at {obj.GetPath()}: {name}");
                    Walk(child, isAction ? type : null, name, problems, userText, freeForm || (isAction && name == "data"));
                }
                break;
            case JsonArray array:
                foreach (var item in array) Walk(item, parentAction, key, problems, userText, freeForm);
                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                if (WithoutUserText(value.GetValue<string>(), userText).Contains("${", StringComparison.Ordinal))
                    problems.Add($"unbound placeholder at {value.GetPath()}: {value.GetValue<string>()}");
                break;
        }
    }

    private static IReadOnlyList<string> TextContainingPlaceholders(object? model)
    {
        var texts = new List<string>();
        void Collect(JsonNode? node)
        {
            switch (node)
            {
                case JsonObject obj: foreach (var (_, child) in obj) Collect(child); break;
                case JsonArray array: foreach (var item in array) Collect(item); break;
                case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                    if (value.GetValue<string>().Contains("${", StringComparison.Ordinal)) texts.Add(value.GetValue<string>());
                    break;
            }
        }
        Collect(model as JsonNode ?? JsonSerializer.SerializeToNode(model, BotJson.Options));
        return texts.OrderByDescending(t => t.Length).ToList();
    }

    private static string WithoutUserText(string text, IReadOnlyList<string> userText) =>
        userText.Aggregate(text, (rest, user) => rest.Replace(user, "", StringComparison.Ordinal));

    private static void CheckAction(JsonObject action, string type, string? parentAction, string? key, List<string> problems)
    {
        var where = action.GetPath();
        if (type == "Action.Execute")
        {
            if (action["verb"] is not JsonValue verb || verb.GetValueKind() != JsonValueKind.String || string.IsNullOrWhiteSpace(verb.GetValue<string>()))
                problems.Add($"Action.Execute at {where} has no verb");
        }
        else if (type == "Action.Submit")
        {
            if (!(key == "fallback" && parentAction == "Action.Execute"))
                problems.Add($"Action.Submit at {where} must be Action.Execute (Submit is only allowed as an Action.Execute fallback)");
        }
        else if (!ClientSideActions.Contains(type))
        {
            problems.Add($"{type} at {where} is not allowed; use Action.Execute with a verb");
        }
    }
}
