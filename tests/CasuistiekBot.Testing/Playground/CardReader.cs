using System.Text.Json;
using System.Text.Json.Nodes;

namespace CasuistiekBot.Testing.Playground;

/// <summary>
/// Reads an Adaptive Card the way a user sees it: its texts, the buttons it offers (ShowCards included) and the
/// choices of its inputs, so a test presses what is really on the card instead of building the data itself.
/// </summary>
public static class CardReader
{
    private const string Execute = "Action.Execute";

    /// <summary>Every string in the card (texts, fact values, choice titles), for "does the user see X" checks.</summary>
    public static IEnumerable<string> Strings(JsonElement card) =>
        Descendants(card).Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!);

    public static bool Shows(JsonElement card, string text) => Strings(card).Any(s => s.Contains(text, StringComparison.Ordinal));

    public static bool Offers(JsonElement card, string verb) => FindExecute(card, verb) is not null;

    /// <summary>
    /// What pressing the <c>Action.Execute</c> button with this verb sends: the button's data plus the inputs the
    /// user filled in (Teams merges both into <c>action.data</c>).
    /// </summary>
    public static JsonObject Press(JsonElement card, string verb, object? inputs = null)
    {
        var button = FindExecute(card, verb)
            ?? throw new InvalidOperationException($"The card offers no '{verb}' button: {card.GetRawText()}");
        var data = button.TryGetProperty("data", out var own) ? JsonNode.Parse(own.GetRawText())!.AsObject() : [];
        if (inputs is not null)
        {
            foreach (var (name, value) in JsonSerializer.SerializeToNode(inputs)!.AsObject()) data[name] = value?.DeepClone();
        }
        return data;
    }

    /// <summary>The value of the first choice of input <paramref name="inputId"/> whose title contains <paramref name="title"/>.</summary>
    public static string Choice(JsonElement card, string inputId, string title)
    {
        var input = Descendants(card).FirstOrDefault(e => e.ValueKind == JsonValueKind.Object
            && Property(e, "type") == "Input.ChoiceSet" && Property(e, "id") == inputId);
        if (input.ValueKind != JsonValueKind.Object) throw new InvalidOperationException($"The card has no choice input '{inputId}': {card.GetRawText()}");
        var choices = input.GetProperty("choices").EnumerateArray().ToList();
        var match = choices.FirstOrDefault(c => Property(c, "title")?.Contains(title, StringComparison.Ordinal) == true);
        return match.ValueKind == JsonValueKind.Object
            ? Property(match, "value")!
            : throw new InvalidOperationException($"Input '{inputId}' offers no choice with '{title}': {string.Join(" | ", choices.Select(c => Property(c, "title")))}");
    }

    private static JsonElement? FindExecute(JsonElement card, string verb) =>
        Descendants(card).Where(e => e.ValueKind == JsonValueKind.Object && Property(e, "type") == Execute && Property(e, "verb") == verb)
            .Select(e => (JsonElement?)e).FirstOrDefault();

    private static string? Property(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static IEnumerable<JsonElement> Descendants(JsonElement element)
    {
        yield return element;
        var children = element.ValueKind switch
        {
            JsonValueKind.Object => element.EnumerateObject().Select(p => p.Value),
            JsonValueKind.Array => element.EnumerateArray(),
            _ => [],
        };
        foreach (var descendant in children.SelectMany(Descendants)) yield return descendant;
    }
}
